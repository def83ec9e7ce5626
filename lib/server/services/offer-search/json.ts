import "server-only";
import type { WorkMode } from "@/generated/prisma/client";
import { REMOTE_VALUES, type RemoteValue } from "@/lib/validation/offer-search";
import type { getPublishedOffer, OfferSearchItem, OfferSearchResult } from "../offer-search";

// The public JSON shapes of GET /api/v1/offers and /api/v1/offers/{id} (README "Public JSON API").

const REMOTE_BY_MODE = Object.fromEntries(Object.entries(REMOTE_VALUES).map(([k, v]) => [v, k])) as Record<WorkMode, RemoteValue>;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
/** Euros per month; null = unpaid (no stipend or 0). */
const euros = (cents: number | null) => (cents ? cents / 100 : null);
const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

export function offerItemJson(item: Omit<OfferSearchItem, "earliestStart" | "publishedAt"> & { earliestStart?: Date }) {
  return {
    id: item.id,
    title: item.title,
    hostName: item.hostName,
    country: item.country,
    city: item.city,
    categories: item.categories,
    languages: item.languages.map(({ language, level }) => ({ language, level })),
    durationMonths: { min: item.durationMinMonths, max: item.durationMaxMonths },
    remote: REMOTE_BY_MODE[item.workMode],
    stipendPerMonth: euros(item.stipendCents),
    deadline: isoDate(item.applicationDeadline),
  };
}

export function offerSearchJson(result: OfferSearchResult) {
  return { total: result.total, page: result.page, items: result.items.map(offerItemJson), facets: result.facets };
}

export function offerDetailJson(offer: NonNullable<Awaited<ReturnType<typeof getPublishedOffer>>>) {
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
