import { getTranslations } from "next-intl/server";
import type { Statistics } from "@/lib/domain/statistics";
import type { RecordFilters } from "@/lib/validation/record-export";
import { PageHeader } from "@/components/ui/page-header";
import { RecordFilterForm } from "@/components/records/record-filter-form";
import { StatisticsView } from "./statistics-view";
import { localePath } from "@/i18n/path";

type Props = {
  title: string;
  lead: string;
  stats: Statistics;
  filters: RecordFilters;
  /** The page's own path (the filter form's target); null = no filters (the public page). */
  path: string | null;
  callYears: number[];
  invalid: boolean;
};

export async function StatisticsPage({ title, lead, stats, filters, path, callYears, invalid }: Props) {
  const t = await getTranslations("stats");
  const formTarget = path === null ? null : await localePath(path);
  const exportPath = await localePath(`${path ?? "/stats"}/export`);
  return (
    <div className="space-y-6">
      <PageHeader title={title} lead={lead} />
      {invalid && (
        <p role="alert" className="rounded-md bg-amber-50 p-3 text-sm font-medium text-amber-900">
          {t("invalidLink")}
        </p>
      )}
      {formTarget && <RecordFilterForm action={formTarget} filters={filters} callYears={callYears} submitLabel={t("apply")} />}
      <StatisticsView stats={stats} filters={filters} exportPath={exportPath} />
    </div>
  );
}
