import "server-only";
import { isoDate } from "@/lib/domain/dates";
import type { WorkMode } from "@/generated/prisma/client";
import { REMOTE_VALUES, type RemoteValue } from "@/lib/validation/offer-search";
import { offerAudiences, offerDurationRange } from "@/lib/domain/offer-terms";
import type { OfferDetailJson, OfferItemJson, OfferSearchJson, OwnOfferJson } from "@/lib/api/schemas/offers";
import type { getPublishedOffer, OfferSearchItem, OfferSearchResult } from "../services/offer-search/service";

// The public JSON shapes of GET /api/v1/offers and /api/v1/offers/{id} (README "Public JSON API"),
// typed by their OpenAPI schemas (lib/api/schemas/offers.ts).

const REMOTE_BY_MODE = Object.fromEntries(Object.entries(REMOTE_VALUES).map(([k, v]) => [v, k])) as Record<WorkMode, RemoteValue>;

/** Euros per month; null = unpaid (no stipend or 0). */
const euros = (cents: number | null) => (cents ? cents / 100 : null);
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** The range in days, when the offer gives its range in days (else null). */
function daysRange(offer: Parameters<typeof offerDurationRange>[0]) {
  const range = offerDurationRange(offer);
  return range.unit === "days" ? { min: range.min, max: range.max } : null;
}

export function offerItemJson(item: Omit<OfferSearchItem, "earliestStart" | "publishedAt"> & { earliestStart?: Date }): OfferItemJson {
  return {
    id: item.id,
    title: item.title,
    hostName: item.hostName,
    country: item.country,
    city: item.city,
    categories: item.categories,
    languages: item.languages.map(({ language, level }) => ({ language, level })),
    // Who it is for (docs/domain.md §3a): "students" (HE students and recent graduates), "staff", "vet".
    for: offerAudiences(item),
    // In months for every offer (a range in days gives the months that cover it, 5–30 days = 1–1),
    // and in days as well when the offer gives its range in days (else null).
    durationMonths: { min: item.durationMinMonths, max: item.durationMaxMonths },
    durationDays: daysRange(item),
    remote: REMOTE_BY_MODE[item.workMode],
    stipendPerMonth: euros(item.stipendCents),
    deadline: isoDate(item.applicationDeadline),
  };
}

export function offerSearchJson(result: OfferSearchResult): OfferSearchJson {
  return { total: result.total, page: result.page, items: result.items.map(offerItemJson), facets: result.facets };
}

export function offerDetailJson(offer: NonNullable<Awaited<ReturnType<typeof getPublishedOffer>>>): OfferDetailJson {
  return {
    ...offerItemJson(offer),
    writtenIn: offer.language,
    description: offer.description,
    tasks: lines(offer.tasks),
    requiredSkills: lines(offer.requiredSkills),
    earliestStart: isoDate(offer.earliestStart),
    latestEnd: isoDate(offer.latestEnd),
    places: offer.places,
  };
}

type OwnOfferRow = Awaited<ReturnType<typeof import("../services/offers").saveOffer>>;

/** An offer as POST /api/v1/offers and PUT /api/v1/offers/{id} answer it (the owner's view, any status). */
export function ownOfferJson(offer: OwnOfferRow): OwnOfferJson {
  return {
    id: offer.id,
    status: offer.status,
    title: offer.title,
    country: offer.country,
    city: offer.city,
    for: offerAudiences(offer),
    durationMonths: { min: offer.durationMinMonths, max: offer.durationMaxMonths },
    durationDays: daysRange(offer),
    earliestStart: isoDate(offer.earliestStart),
    latestEnd: isoDate(offer.latestEnd),
    deadline: isoDate(offer.applicationDeadline),
    remote: REMOTE_BY_MODE[offer.workMode],
    stipendPerMonth: euros(offer.stipendCents),
    places: offer.places,
    dotQualifies: offer.dotQualifies,
  };
}
