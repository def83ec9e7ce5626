import { CEFR_LEVEL_CODES } from "@/lib/domain/languages";
import { z } from "zod";
import { DOT_ACTIVITY_IDS } from "@/lib/domain/activities";
import { OFFER_AUDIENCES } from "@/lib/domain/offer-terms";
import { OFFER_LANGUAGES } from "@/lib/forms/limits";
import { FACET_KEYS, REMOTE_VALUES } from "@/lib/validation/offer-search";
import { day } from "./common";

// GET /api/v1/offers, GET|PUT /api/v1/offers/{id}, POST /api/v1/offers
// (builders: lib/server/api/offer-json.ts).

const language = z.string().meta({ description: `ISO 639-1: ${OFFER_LANGUAGES.join(", ")}.` });
const range = z.strictObject({ min: z.number().int(), max: z.number().int() });
const remote = z.enum(Object.keys(REMOTE_VALUES) as [keyof typeof REMOTE_VALUES, ...(keyof typeof REMOTE_VALUES)[]]);
const audiences = z.array(z.enum(OFFER_AUDIENCES)).meta({ description: "Who it is for: students (HE students and recent graduates), staff, vet." });
const stipend = z.number().nullable().meta({ description: "Euros per month; null = unpaid." });

export const offerItemSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  hostName: z.string(),
  country: z.string().meta({ description: "ISO 3166-1 alpha-2" }),
  city: z.string(),
  // Stored as text: documented by their ids, typed as strings.
  categories: z.array(z.string()).meta({ description: `DOT activity categories: ${DOT_ACTIVITY_IDS.join(", ")}.` }),
  languages: z.array(z.strictObject({ language: language, level: z.enum(CEFR_LEVEL_CODES) })),
  for: audiences,
  durationMonths: range,
  durationDays: range.nullable().meta({ description: "Set when the offer gives its range in days." }),
  remote,
  stipendPerMonth: stipend,
  deadline: day,
});

const facetCount = z.strictObject({ value: z.string(), count: z.number().int() });

export const offerSearchResponseSchema = z.strictObject({
  total: z.number().int(),
  page: z.number().int(),
  items: z.array(offerItemSchema),
  facets: z.strictObject(
    Object.fromEntries(FACET_KEYS.map((k) => [k, z.array(facetCount)])) as Record<(typeof FACET_KEYS)[number], z.ZodArray<typeof facetCount>>,
  ),
});

export const offerDetailSchema = offerItemSchema.extend({
  writtenIn: language,
  description: z.string(),
  tasks: z.array(z.string()),
  requiredSkills: z.array(z.string()),
  earliestStart: day,
  latestEnd: day,
  places: z.number().int(),
});

export const ownOfferSchema = z.strictObject({
  id: z.string(),
  status: z.enum(["DRAFT", "PUBLISHED", "CLOSED"]),
  title: z.string(),
  country: z.string(),
  city: z.string(),
  for: audiences,
  durationMonths: range,
  durationDays: range.nullable(),
  earliestStart: day,
  latestEnd: day,
  deadline: day,
  remote,
  stipendPerMonth: stipend,
  places: z.number().int(),
  dotQualifies: z.boolean(),
});

export type OfferItemJson = z.output<typeof offerItemSchema>;
export type OfferSearchJson = z.output<typeof offerSearchResponseSchema>;
export type OfferDetailJson = z.output<typeof offerDetailSchema>;
export type OwnOfferJson = z.output<typeof ownOfferSchema>;
