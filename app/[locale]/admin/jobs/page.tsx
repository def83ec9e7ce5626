import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { jobCounts, listJobs } from "@/lib/server/services/jobs-admin";
import { nextRetentionRun, recentRetentionRuns, retentionSettings } from "@/lib/server/services/retention/service";
import { JOB_LIST_KEYS, JOB_RETRY_DONE, jobListSchema } from "@/lib/validation/admin-jobs";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { JobList } from "@/components/admin/job-list";
import { RetentionRuns } from "@/components/admin/retention-runs";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.jobs"))("title") };
}

export default async function JobsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("manage:jobs:any", "/admin/jobs");
  const raw = await searchParams;
  const { data: params, issues } = parseParamsLenient(jobListSchema, JOB_LIST_KEYS, raw);
  const done = JOB_RETRY_DONE.find((d) => d === raw.done);
  const t = await getTranslations("adminArea.jobs");
  const [counts, result, runs, next] = await Promise.all([jobCounts(), listJobs(params), recentRetentionRuns(), nextRetentionRun()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <div role="status" aria-live="polite">
        {done && <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">{t(done)}</p>}
      </div>
      <JobList params={params} issues={issues} counts={counts} result={result} />
      <RetentionRuns settings={retentionSettings()} next={next} runs={runs} />
    </div>
  );
}
