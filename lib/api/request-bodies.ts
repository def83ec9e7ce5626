import { CEFR_LEVEL_CODES } from "@/lib/domain/languages";
import { z } from "zod";
import { OFFER_LANGUAGES, offerSchema } from "@/lib/validation/offer";
import { approveSchema, rejectSchema } from "@/lib/validation/placement-decision";
import { placementFormatSchema } from "@/lib/validation/placement-format";
import { cancelPlacementSchema } from "@/lib/validation/placement-lifecycle";

// The JSON bodies as a client sends them, built from the fields of the schemas the routes parse
// with (lib/validation): the id comes from the path, never from the body, and fields the server
// fills in when absent are optional. Only for the document; the routes keep parsing with the
// originals.

const { offerId: _id, intent: _intent, languageCode: _codes, languageLevel: _levels, ...offerFields } = offerSchema.in.shape;

export const offerBodySchema = z.object({
  ...offerFields,
  for: offerFields.for.optional().meta({ description: "Who the offer is for; absent = students." }),
  durationUnit: offerFields.durationUnit.optional(),
  durationMinMonths: offerFields.durationMinMonths.optional(),
  durationMaxMonths: offerFields.durationMaxMonths.optional(),
  durationMinDays: offerFields.durationMinDays.optional(),
  durationMaxDays: offerFields.durationMaxDays.optional(),
  stipendPerMonth: offerFields.stipendPerMonth.optional(),
  categories: offerFields.categories.optional(),
  languages: z
    .array(z.object({ language: z.enum(OFFER_LANGUAGES), level: z.enum(CEFR_LEVEL_CODES) }))
    .max(5)
    .optional(),
  publish: z.boolean().optional().meta({ description: "true: save and publish (re-checked on the server)." }),
});

export const approveBodySchema = z.object({
  overrideCategories: approveSchema.shape.overrideCategories.optional(),
  justification: approveSchema.shape.justification.optional(),
});

export const rejectBodySchema = z.object({ reason: rejectSchema.shape.reason });
export const cancelBodySchema = z.object({ reason: cancelPlacementSchema.shape.reason });

const { placementId: _placement, ...formatFields } = placementFormatSchema.shape;
export const formatBodySchema = z.object({
  ...formatFields,
  virtualStart: formatFields.virtualStart.optional(),
  virtualEnd: formatFields.virtualEnd.optional(),
  virtualDescription: formatFields.virtualDescription.optional(),
});
