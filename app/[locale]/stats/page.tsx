import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getPublicStatistics } from "@/lib/server/services/statistics";
import { StatisticsPage } from "@/components/stats/statistics-page";

// Rendered once and cached: an approved placement renders it again at once
// (lib/server/public-pages.ts); a minute bounds anything else.
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "stats" }))("publicTitle"), alternates: localeAlternates(locale, "/stats") };
}

/** Public: every approved DOT mobility, aggregate counts only (the same numbers as GET /api/v1/stats). */
export default async function PublicStatisticsPage({ params }: LocaleParams) {
  await pageLocale(params);
  const [stats, t] = await Promise.all([getPublicStatistics(), getTranslations("stats")]);
  return (
    <StatisticsPage
      title={t("publicTitle")}
      lead={t("publicLead")}
      stats={stats}
      filters={{ callYear: null, action: null }}
      path={null}
      callYears={[]}
      invalid={false}
    />
  );
}
