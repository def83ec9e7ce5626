import { z } from "zod";
import { MAX_TASKS_TEXT } from "@/lib/forms/limits";
import {
  DOT_ACTIVITY_IDS,
  EXCLUDED_ACTIVITY_IDS,
  FORMATS,
  FORMAT_INPUTS,
  durationRule,
  resolveFormat,
  HOST_ORGANISATION_TYPES,
  KEY_ACTIONS,
  PARTICIPANT_CATEGORIES,
  SENDING_ORGANISATION_TYPES,
  compareDates,
  normalizeCountryCode,
  parseIsoDate,
} from "@/lib/domain";
import { maxChars, maxItems } from "./messages";

// Schemas of the public check API (and of anything else that takes the same shapes).
// Messages are next-intl keys under "validation".
// The activity check's cost grows with the text (lib/server/api/handlers.ts weighs it per started
// CHECK_CHARS_PER_UNIT); the cap keeps one request's work bounded (scripts/abuse-check.ts).
export { MAX_TASKS_TEXT };
export const CHECK_CHARS_PER_UNIT = 1_000;

/** API units a classification of `text` costs: one per started CHECK_CHARS_PER_UNIT, at least one. */
export function classificationUnits(text: string): number {
  return Math.max(1, Math.ceil(text.length / CHECK_CHARS_PER_UNIT));
}

export const tasksTextSchema = z.string("validation.textRequired").max(MAX_TASKS_TEXT, maxChars(MAX_TASKS_TEXT));

export const activityCheckSchema = z.object({ text: tasksTextSchema }, "validation.objectRequired");

/** ISO 3166-1 alpha-2, with the EU's EL/UK aliases accepted and stored as GR/GB (docs/domain.md §2). */
export const countryCodeSchema = z.string("validation.countryRequired").transform((value, ctx) => {
  const code = normalizeCountryCode(value);
  if (!code) {
    // An empty choice is the common case: the user skipped the list.
    ctx.addIssue({ code: "custom", message: value.trim() ? "validation.countryUnknown" : "validation.countryRequired" });
    return z.NEVER;
  }
  return code;
});

// An empty date picker sends "": that is a missing date, not a malformed one.
export const isoDateSchema = z
  .string("validation.dateRequired")
  .min(1, { error: "validation.dateRequired", abort: true })
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v) !== null, "validation.dateInvalid");

const ACTIVITY_IDS = [...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS] as const;

export const placementCheckSchema = z
  .object(
    {
      action: z.enum(KEY_ACTIONS, "validation.actionUnknown"),
      // docs/domain.md §3a: a portal format id or a Beneficiary Module code; inferred when absent.
      format: z
        .string("validation.formatUnknown")
        .trim()
        .toUpperCase()
        .refine((v) => FORMAT_INPUTS.includes(v), "validation.formatUnknown")
        .optional(),
      callYear: z
        .number("validation.callYearInvalid")
        .int("validation.callYearInvalid")
        .min(2014, "validation.callYearInvalid")
        .max(2100, "validation.callYearInvalid"),
      participant: z.object(
        {
          category: z.enum(PARTICIPANT_CATEGORIES, "validation.categoryUnknown"),
          graduationDate: isoDateSchema.optional(),
          selectedOn: isoDateSchema.optional(),
          previousMonths: z.number("validation.monthsInvalid").min(0, "validation.monthsInvalid").max(120, "validation.monthsInvalid").optional(),
          oneCycleProgramme: z.boolean().optional(),
          // EQF 5–8: below 8 a short-term traineeship needs its virtual component (docs/domain.md §3a).
          eqfLevel: z.number("validation.eqfLevel").int("validation.eqfLevel").min(1, "validation.eqfLevel").max(8, "validation.eqfLevel").optional(),
        },
        "validation.objectRequired",
      ),
      sendingOrganisationType: z.enum(SENDING_ORGANISATION_TYPES, "validation.hostTypeUnknown").optional(),
      virtualComponent: z
        .object(
          { start: isoDateSchema, end: isoDateSchema, description: z.string("validation.textRequired").max(2_000, maxChars(2_000)) },
          "validation.objectRequired",
        )
        .optional(),
      sendingCountry: countryCodeSchema,
      hostCountry: countryCodeSchema,
      hostOrganisationType: z.enum(HOST_ORGANISATION_TYPES, "validation.hostTypeUnknown"),
      start: isoDateSchema,
      end: isoDateSchema,
      activities: z.object(
        {
          categories: z.array(z.enum(ACTIVITY_IDS, "validation.activityUnknown"), "validation.listRequired").max(20, maxItems(20)),
          tasks: tasksTextSchema,
        },
        "validation.objectRequired",
      ),
    },
    "validation.objectRequired",
  )
  .superRefine((v, ctx) => {
    const start = parseIsoDate(v.start);
    const end = parseIsoDate(v.end);
    if (start && end && compareDates(end, start) < 0) ctx.addIssue({ code: "custom", path: ["end"], message: "validation.endBeforeStart" });
    if (v.format !== undefined) {
      const days = durationRule(v.start, v.end).days || null;
      const format = resolveFormat(v.format, days);
      if (format && !FORMATS[format].categories.includes(v.participant.category)) {
        ctx.addIssue({ code: "custom", path: ["format"], message: "validation.formatNotForCategory" });
      }
    }
  });

export type PlacementCheckRequest = z.infer<typeof placementCheckSchema>;
