import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { orNotFound } from "@/lib/server/not-found";
import { getPublishedOfferPage } from "@/lib/server/services/offer-page";
import { isDeadlinePassed } from "@/lib/server/services/application/student";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OfferApplyPanel } from "@/components/offers/offer-apply-panel";
import { OfferDescription } from "@/components/offers/offer-description";
import { OfferDotEvidence } from "@/components/offers/offer-dot-evidence";
import { OfferFacts } from "@/components/offers/offer-facts";
import { OfferHostCard } from "@/components/offers/offer-host-card";
import { OfferSaveSlot, OfferViewerProvider, OfferViewerSlot } from "@/components/offers/offer-viewer-island";
import { CountryName } from "@/components/ui/country-name";
import { PageHeader } from "@/components/ui/page-header";

// Rendered once and cached: publishing, editing or closing the offer, or a change of its host,
// renders it again at once (lib/server/public-pages.ts); the minute bounds what nothing announces
// (the application deadline passing). Personal parts come from a client island.
export const revalidate = 60;

// Offers are rendered on their first request, then cached (none at build time).
export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

// Metadata and page read the same offer once per render.
const loadOffer = cache((id: string) => orNotFound(getPublishedOfferPage(id)));

export async function generateMetadata({ params }: LocaleParams<{ id: string }>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const offer = await loadOffer((await params).id);
  return { title: offer.title, alternates: localeAlternates(locale, `/offers/${offer.id}`) };
}

/** Public: anyone may read a published offer; only a participant with a profile can apply. */
export default async function OfferPage({ params }: LocaleParams<{ id: string }>) {
  await pageLocale(params);
  const { id } = await params;
  const offer = await loadOffer(id);
  const t = await getTranslations("offer");
  const deadlinePassed = isDeadlinePassed(offer.applicationDeadline, new Date());
  return (
    // The save button is drawn by the island itself: its texts travel with the page.
    <ClientMessages namespaces={["saved"]}>
      <OfferViewerProvider offerId={offer.id}>
        <div className="space-y-6">
          <PageHeader
            title={offer.title}
            titleLang={offer.language}
            lead={
              <>
                {t("lead", { host: offer.host.legalName, city: offer.city })} <CountryName code={offer.country} />
              </>
            }
            actions={<OfferSaveSlot offerId={offer.id} />}
          />
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="space-y-6 lg:col-span-2">
              <OfferDescription description={offer.description} requiredSkills={offer.requiredSkills} lang={offer.language} />
              <OfferDotEvidence tasks={offer.tasks} lang={offer.language} check={offer.dotCheck} declared={offer.categories.map((c) => c.category)} />
              <OfferHostCard host={offer.host} />
            </div>
            <div className="space-y-6">
              <OfferFacts offer={offer} deadlinePassed={deadlinePassed} />
              <OfferViewerSlot
                loadingLabel={t("viewerLoading")}
                fallback={
                  <OfferApplyPanel offerId={offer.id} viewer={{ kind: "anonymous" }} deadlinePassed={deadlinePassed} deadline={offer.applicationDeadline} />
                }
              />
            </div>
          </div>
        </div>
      </OfferViewerProvider>
    </ClientMessages>
  );
}
