// How an offer's audience and duration range read (docs/domain.md §3a), the same on the offer
// page, the search cards and the company's pages: the range in the unit the host gave it in.
import type { useTranslations } from "next-intl";
import { type OfferAudienceFlags, type OfferDurationColumns, offerAudiences, offerDurationRange } from "@/lib/domain/offer-terms";

/** A translator of the "offerTerms" namespace (server or client). */
type Translate = ReturnType<typeof useTranslations<"offerTerms">>;

export function durationText(t: Translate, offer: OfferDurationColumns): string {
  const { unit, min, max } = offerDurationRange(offer);
  return min === max ? t(unit, { count: min }) : t(`${unit}Range`, { min, max });
}

export function audienceText(t: Translate, offer: OfferAudienceFlags, locale: string): string {
  const labels = offerAudiences(offer).map((a) => t(`audience.${a}`));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(labels);
}
