import { getFormatter, getTranslations } from "next-intl/server";
import { STATISTICS_BREAKDOWNS, type Statistics, type StatisticsBreakdown } from "@/lib/domain/statistics";
import { statisticsLabeller } from "@/lib/server/statistics-labels";
import { recordFilterQuery, type RecordFilters } from "@/lib/validation/record-export";
import { BarChart, type ChartItem } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Table, Td } from "@/components/ui/table";

/**
 * The statistics dashboard shared by /office/statistics, /admin/statistics and /stats: headline
 * counts, then one card per breakdown with its chart, its table and the table as CSV.
 */
export async function StatisticsView({ stats, filters, exportPath }: { stats: Statistics; filters: RecordFilters; exportPath: string }) {
  const t = await getTranslations("stats");
  const format = await getFormatter();
  const label = await statisticsLabeller();
  if (stats.total === 0) {
    return <EmptyState title={t("emptyTitle")}>{filters.callYear !== null || filters.action !== null ? t("emptyFiltered") : t("emptyBody")}</EmptyState>;
  }
  const count = (c: Record<string, number>) => Object.keys(c).length;
  return (
    <div className="space-y-6">
      <StatGrid>
        <Stat label={t("total")} value={format.number(stats.total)} />
        <Stat label={t("hostCountries")} value={count(stats.byHostCountry)} />
        <Stat label={t("sendingCountries")} value={count(stats.bySendingCountry)} />
        <Stat label={t("fields")} value={count(stats.byField)} />
      </StatGrid>
      {STATISTICS_BREAKDOWNS.map((breakdown) => {
        const items: ChartItem[] = Object.entries(stats[breakdown]).map(([key, value]) => ({ key, label: label(breakdown, key), value }));
        const href = `${exportPath}?${recordFilterQuery(filters, { table: breakdown })}`;
        return <BreakdownCard key={breakdown} breakdown={breakdown} items={items} total={stats.total} href={href} />;
      })}
    </div>
  );
}

async function BreakdownCard({ breakdown, items, total, href }: { breakdown: StatisticsBreakdown; items: ChartItem[]; total: number; href: string }) {
  const t = await getTranslations("stats");
  const format = await getFormatter();
  const title = t(`breakdowns.${breakdown}.title`);
  const id = `chart-${breakdown}`;
  const top = [...items].sort((a, b) => b.value - a.value).slice(0, 3);
  const summary = t("chartSummary", { top: top.map((i) => `${i.label} (${i.value})`).join(", ") });
  const month = breakdown === "byMonth";
  const chart = month ? (
    <ColumnChart id={id} title={title} summary={summary} items={items} />
  ) : (
    <BarChart id={id} title={title} summary={summary} items={items} />
  );
  return (
    <Card
      title={title}
      actions={
        <a href={href} download className={buttonClass("secondary")}>
          {t("downloadTable", { table: title })}
        </a>
      }
    >
      <p className="mb-4 text-sm text-slate-700">{t(`breakdowns.${breakdown}.lead`)}</p>
      <div className={month ? "space-y-4" : "grid items-start gap-6 lg:grid-cols-2"}>
        <div>{chart}</div>
        {/* Scrollable when long; focusable so keyboard users can scroll it too. */}
        <div className={`max-h-80 overflow-y-auto ${month ? "max-w-xl" : ""}`} tabIndex={0} role="region" aria-label={t("tableOf", { table: title })}>
          <Table caption={title} head={[t(`breakdowns.${breakdown}.column`), t("count"), t("share")]}>
            {/* The chart shows the months without a start; the table lists the months with one. */}
            {(month ? items.filter((i) => i.value > 0) : items).map((item) => (
              <tr key={item.key}>
                <Td>{item.label}</Td>
                <Td className="text-right tabular-nums">{format.number(item.value)}</Td>
                <Td className="text-right tabular-nums">{format.number(item.value / total, { style: "percent", maximumFractionDigits: 1 })}</Td>
              </tr>
            ))}
          </Table>
        </div>
      </div>
    </Card>
  );
}
