import { Link } from "@/i18n/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { buttonClass } from "@/components/ui/button";
import { Stat, StatGrid } from "@/components/ui/stat";
import { getPortalCounts } from "@/lib/server/services/dashboards";

// Rendered once and cached, counts included (they no longer run per request): publishing or
// closing an offer and a new host or institution render it again (lib/server/public-pages.ts);
// a minute bounds anything else.
export const revalidate = 60;

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  return { alternates: localeAlternates(await pageLocale(params), "/") };
}

export default async function HomePage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("home");
  const counts = await getPortalCounts();
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-brand-800 px-6 py-12 text-white md:px-12">
        <p className="text-sm font-semibold uppercase tracking-wider text-gold-400">{t("kicker")}</p>
        <h1 className="mt-2 max-w-3xl text-3xl font-bold md:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/offers" className={`${buttonClass("secondary")}`}>
            {t("ctaStudent")}
          </Link>
          <Link
            href="/register?as=company"
            className="inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold text-white ring-1 ring-inset ring-white hover:bg-brand-700"
          >
            {t("ctaCompany")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="portal-now">
        <h2 id="portal-now" className="mb-4 text-xl font-semibold">
          {t("nowTitle")}
        </h2>
        <StatGrid>
          <Stat label={t("publishedOffers")} value={counts.publishedOffers} />
          <Stat label={t("hosts")} value={counts.hosts} />
          <Stat label={t("institutions")} value={counts.institutions} />
          <Stat label={t("countries")} value={counts.hostCountries} />
        </StatGrid>
      </section>
      <section className="grid gap-6 md:grid-cols-3">
        {(["students", "companies", "offices"] as const).map((who) => (
          <div key={who} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">{t(`${who}.title`)}</h2>
            <p className="mt-2 text-slate-700">{t(`${who}.body`)}</p>
          </div>
        ))}
      </section>
      <section className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 className="text-lg font-semibold">{t("whyTitle")}</h2>
        <p className="mt-2 text-slate-700">{t("whyBody")}</p>
      </section>
    </div>
  );
}
