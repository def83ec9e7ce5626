import type { Metadata } from "next";
import { sendingCodeOf } from "@/lib/domain/erasmus-code";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getOwnInstitution } from "@/lib/server/services/mobility-records";
import { getOwnStatistics, statisticsCallYears } from "@/lib/server/services/statistics";
import { readParams, recordFilterSchema } from "@/lib/validation/record-export";
import { StatisticsPage } from "@/components/stats/statistics-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("stats"))("officeTitle") };
}

export default async function OfficeStatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("view:statistics:own", "/office/statistics");
  const { data: filters, invalid } = readParams(recordFilterSchema, await searchParams);
  const [institution, stats, callYears, t] = await Promise.all([
    getOwnInstitution(user),
    getOwnStatistics(user, filters),
    statisticsCallYears(user),
    getTranslations("stats"),
  ]);
  return (
    <StatisticsPage
      title={t("officeTitle")}
      lead={institution ? t("officeLead", { name: institution.name, code: sendingCodeOf(institution) }) : t("noInstitution")}
      stats={stats}
      filters={filters}
      path="/office/statistics"
      callYears={callYears}
      invalid={invalid}
    />
  );
}
