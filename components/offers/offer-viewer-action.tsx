"use server";
import "server-only";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { getCurrentUser } from "@/lib/server/auth/session";
import { can } from "@/lib/server/auth/policy";
import { NotFoundError } from "@/lib/server/errors";
import { getOfferViewer, getPublishedOfferPage } from "@/lib/server/services/offer-page";
import { isOfferSaved } from "@/lib/server/services/saved-offers";
import { isDeadlinePassed } from "@/lib/server/services/application/student";
import { MatchSummary } from "./match-summary";
import { OfferApplyPanel } from "./offer-apply-panel";
import { OfferGrantEstimate } from "./offer-grant-estimate";
import type { OfferViewerParts } from "./offer-viewer-context";

const OFFER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The offer page's personal parts for whoever asks (the page itself is cached and the same for
 * everyone): match, grant estimate, apply panel, save button. A server function that answers with
 * server-rendered UI, so these parts keep their server components and their messages stay on the
 * server. It reads the session and changes nothing; null when the offer is not open (any more).
 * Kept beside the components it renders, not the route, because it serves whichever URL the page has.
 * A client component inside the returned UI must be in the page's client manifest, i.e. imported by
 * the page's server components: ApplyForm is (the page renders OfferApplyPanel as its fallback); the
 * save button is rendered by the island itself from `saved`.
 */
export async function loadOfferViewerParts(offerId: unknown, locale: unknown): Promise<OfferViewerParts | null> {
  if (typeof offerId !== "string" || !OFFER_ID.test(offerId)) return null;
  if (isLocale(locale)) setRequestLocale(locale);
  const user = await getCurrentUser();
  let offer;
  try {
    offer = await getPublishedOfferPage(offerId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const viewer = await getOfferViewer(user, offer);
  // Students may keep the offer for later (saved offers), with or without a profile.
  const saved = user && can(user.role, "save:offer:own") ? await isOfferSaved(user.id, offer.id) : null;
  const deadlinePassed = isDeadlinePassed(offer.applicationDeadline, new Date());
  return {
    saved,
    panel: (
      <>
        {viewer.kind === "student" && viewer.match && (
          <div data-testid="match-summary">
            <MatchSummary result={viewer.match} />
          </div>
        )}
        {viewer.kind === "student" && <OfferGrantEstimate estimate={viewer.grant} />}
        <OfferApplyPanel offerId={offer.id} viewer={viewer} deadlinePassed={deadlinePassed} deadline={offer.applicationDeadline} />
      </>
    ),
  };
}
