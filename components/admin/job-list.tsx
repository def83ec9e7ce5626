import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { jobCounts, listJobs } from "@/lib/server/services/jobs-admin";
import { JOB_STATUSES, type JobListParams } from "@/lib/validation/admin-jobs";
import { toQueryString, type ParamIssue } from "@/lib/validation/admin-params";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td } from "@/components/ui/table";
import { AdminPagination } from "./admin-pagination";
import { JobRetry, JobRetryAll } from "./job-retry";
import { ParamsInvalid } from "./params-invalid";

type Props = {
  params: JobListParams;
  issues: ParamIssue[];
  counts: Awaited<ReturnType<typeof jobCounts>>;
  result: Awaited<ReturnType<typeof listJobs>>;
};

const TONE = { PENDING: "info", RUNNING: "warning", FAILED: "danger", DONE: "success" } as const;

export async function JobList({ params, issues, counts, result }: Props) {
  const t = await getTranslations("adminArea.jobs");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const kindName = (kind: string) => (t.has(`kind.${kind}` as "kind.mail") ? t(`kind.${kind}` as "kind.mail") : kind);
  const tabs = [undefined, ...JOB_STATUSES] as const;
  return (
    <ClientMessages namespaces={["adminArea.jobs"]}>
      <ParamsInvalid issues={issues} resetHref="/admin/jobs" />
      <nav aria-label={t("filter")}>
        <ul className="flex flex-wrap gap-2">
          {tabs.map((status) => {
            const current = params.status === status;
            const qs = toQueryString({ status });
            return (
              <li key={status ?? "open"}>
                <Link
                  href={qs ? `/admin/jobs?${qs}` : "/admin/jobs"}
                  aria-current={current ? "page" : undefined}
                  className={`inline-block rounded-full border px-3 py-1 text-sm font-medium ${current ? "border-brand-800 bg-brand-800 text-white" : "border-slate-300 bg-white text-brand-800 underline"}`}
                >
                  {status
                    ? t("tab", { status: t(`status.${status}`), count: counts[status] })
                    : t("tabOpen", { count: counts.PENDING + counts.RUNNING + counts.FAILED })}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {counts.FAILED > 0 && (
        <div className="rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-950">
          <p className="mb-3">{t("failedHint", { count: counts.FAILED })}</p>
          <JobRetryAll count={counts.FAILED} />
        </div>
      )}
      <p className="text-sm text-slate-700" aria-live="polite">
        {t("count", { count: result.total })}
      </p>
      {result.items.length ? (
        <Table caption={t("caption")} head={[t("what"), t("state"), t("attempts"), t("next"), t("lastError"), t("created"), t("action")]}>
          {result.items.map((job) => {
            const label = job.subject ? `${kindName(job.kind)}: ${job.subject}` : kindName(job.kind);
            return (
              <tr key={job.id}>
                <Td>
                  <span className="font-medium text-slate-900">{kindName(job.kind)}</span>
                  {job.subject && <span className="block text-slate-700">{job.subject}</span>}
                  <span className="block font-mono text-xs text-slate-600">{job.id}</span>
                </Td>
                <Td>
                  <Badge tone={TONE[job.status]}>{t(`status.${job.status}`)}</Badge>
                </Td>
                <Td>{t("attemptsOf", { attempts: job.attempts, max: job.maxAttempts })}</Td>
                <Td>{job.status === "PENDING" ? when(job.runAt) : job.finishedAt ? when(job.finishedAt) : "—"}</Td>
                <Td className="max-w-xs break-words">{job.lastError ?? "—"}</Td>
                <Td>{when(job.createdAt)}</Td>
                <Td>{job.status === "FAILED" ? <JobRetry jobId={job.id} label={label} /> : "—"}</Td>
              </tr>
            );
          })}
        </Table>
      ) : (
        <EmptyState title={t("none")} />
      )}
      <AdminPagination path="/admin/jobs" params={{ status: params.status }} page={result.page} pages={result.pages} />
    </ClientMessages>
  );
}
