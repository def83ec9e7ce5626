import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getAllStatistics, statisticsCallYears } from "@/lib/server/services/statistics";
import { readParams, recordFilterSchema } from "@/lib/validation/record-export";
import { StatisticsPage } from "@/components/stats/statistics-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stats"))("adminTitle") };
}

export default async function AdminStatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("view:statistics:any", "/admin/statistics");
  const { data: filters, invalid } = readParams(recordFilterSchema, await searchParams);
  const [stats, callYears, t] = await Promise.all([getAllStatistics(filters), statisticsCallYears("all"), getTranslations("stats")]);
  return (
    <StatisticsPage
      title={t("adminTitle")}
      lead={t("adminLead")}
      stats={stats}
      filters={filters}
      path="/admin/statistics"
      callYears={callYears}
      invalid={invalid}
    />
  );
}
