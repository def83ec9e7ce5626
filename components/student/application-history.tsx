import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryEntry } from "@/lib/server/services/application/student";
import { Card } from "@/components/ui/card";

/** What happened to the application, oldest first, from its audit trail. */
export async function ApplicationHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = await getTranslations("myApplications.history");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  return (
    <Card title={t("title")}>
      <ol className="relative space-y-4 border-l border-slate-300 pl-5 text-sm" data-testid="application-history">
        {entries.map((e, i) => (
          <li key={i}>
            <span aria-hidden="true" className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full bg-brand-700" />
            <p className="font-medium text-slate-900">
              {e.kind === "placement" ? t("placement", { status: te(`placementStatus.${e.placementStatus ?? "PROPOSED"}` as never) }) : t(e.kind)}
            </p>
            <p className="text-slate-600">{format.dateTime(e.at, e.exact ? { dateStyle: "long", timeStyle: "short" } : { dateStyle: "long" })}</p>
            {e.reason && <p className="mt-1 text-slate-800">{t("reason", { reason: e.reason })}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
