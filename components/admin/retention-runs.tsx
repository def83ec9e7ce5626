import { getFormatter, getTranslations } from "next-intl/server";
import type { RetentionRun } from "@/lib/server/services/retention/service";
import type { RetentionSettings } from "@/lib/domain/retention";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td } from "@/components/ui/table";

type Props = { settings: RetentionSettings; next: Date | null; runs: RetentionRun[] };

const COUNTS = ["cvs", "accounts", "accountsKept", "authTokens", "throttleCounters", "dataExports", "cvFailures"] as const;

/** The retention rules in force and what the last passes removed: numbers only, never whose data. */
export async function RetentionRuns({ settings, next, runs }: Props) {
  const t = await getTranslations("adminArea.retention");
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <section aria-labelledby="retention" className="space-y-3">
      <h2 id="retention" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("lead")}</p>
      <h3 className="font-semibold text-slate-900">{t("rules")}</h3>
      <ul className="list-disc space-y-1 pl-6 text-sm text-slate-800">
        <li>{t("cvRule", { months: settings.cvMonths })}</li>
        <li>{t("accountRule", { days: settings.unverifiedAccountDays })}</li>
        <li>{t("tokenRule", { days: settings.authTokenGraceDays })}</li>
        <li>{t("throttleRule", { days: settings.throttleIdleDays })}</li>
      </ul>
      <p className="text-sm text-slate-700">{next ? t("next", { when: when(next) }) : t("notScheduled")}</p>
      {runs.length ? (
        <Table caption={t("caption")} head={[t("finished"), ...COUNTS.map((c) => t(c))]}>
          {runs.map((run) => (
            <tr key={run.startedAt.toISOString()}>
              <Td>{when(run.finishedAt)}</Td>
              {COUNTS.map((c) => (
                <Td key={c} className="tabular-nums">
                  {format.number(run.counts[c])}
                </Td>
              ))}
            </tr>
          ))}
        </Table>
      ) : (
        <EmptyState title={t("none")} />
      )}
    </section>
  );
}
