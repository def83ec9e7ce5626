import type { Metadata } from "next";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/session";
import { can } from "@/lib/server/auth/policy";
import { orNotFound } from "@/lib/server/not-found";
import { getOfferViewer, getPublishedOfferPage } from "@/lib/server/services/offer-page";
import { isOfferSaved } from "@/lib/server/services/saved-offers";
import { isDeadlinePassed } from "@/lib/server/services/student-applications";
import { MatchSummary } from "@/components/offers/match-summary";
import { OfferApplyPanel } from "@/components/offers/offer-apply-panel";
import { OfferDescription } from "@/components/offers/offer-description";
import { OfferDotEvidence } from "@/components/offers/offer-dot-evidence";
import { OfferFacts } from "@/components/offers/offer-facts";
import { OfferGrantEstimate } from "@/components/offers/offer-grant-estimate";
import { OfferHostCard } from "@/components/offers/offer-host-card";
import { SaveOfferButton } from "@/components/offers/save-offer-button";
import { CountryName } from "@/components/ui/country-name";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

// Metadata and page read the same offer once per request.
const loadOffer = cache((id: string) => orNotFound(getPublishedOfferPage(id)));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const offer = await loadOffer((await params).id);
  return { title: offer.title };
}

/** Public: anyone may read a published offer; only a participant with a profile can apply. */
export default async function OfferPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const offer = await loadOffer(id);
  const user = await getCurrentUser();
  const viewer = await getOfferViewer(user, offer);
  // Students may keep the offer for later (H5's saved offers), with or without a profile.
  const saved = user && can(user.role, "save:offer:own") ? await isOfferSaved(user.id, offer.id) : null;
  const t = await getTranslations("offer");
  const deadlinePassed = isDeadlinePassed(offer.applicationDeadline, new Date());
  return (
    <div className="space-y-6">
      <PageHeader
        title={offer.title}
        lead={
          <>
            {t("lead", { host: offer.host.legalName, city: offer.city })} <CountryName code={offer.country} />
          </>
        }
        actions={saved !== null && <ClientMessages namespaces={["saved"]}><SaveOfferButton offerId={offer.id} saved={saved} /></ClientMessages>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <OfferDescription description={offer.description} requiredSkills={offer.requiredSkills} />
          <OfferDotEvidence tasks={offer.tasks} check={offer.dotCheck} declared={offer.categories.map((c) => c.category)} />
          <OfferHostCard host={offer.host} />
        </div>
        <div className="space-y-6">
          <OfferFacts offer={offer} deadlinePassed={deadlinePassed} />
          {viewer.kind === "student" && viewer.match && (
            <div data-testid="match-summary">
              <MatchSummary result={viewer.match} />
            </div>
          )}
          {viewer.kind === "student" && <OfferGrantEstimate estimate={viewer.grant} />}
          <OfferApplyPanel offerId={offer.id} viewer={viewer} deadlinePassed={deadlinePassed} deadline={offer.applicationDeadline} />
        </div>
      </div>
    </div>
  );
}
