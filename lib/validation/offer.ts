import { CEFR_LEVEL_CODES, type CefrLevelCode } from "@/lib/domain/languages";
import { z } from "zod";
import { MAX_OFFER_DESCRIPTION, OFFER_LANGUAGES, TEXT_MAX, WORK_MODES } from "@/lib/forms/limits";
import { DOT_ACTIVITY_IDS, compareDates, parseIsoDate } from "@/lib/domain";
import { OFFER_WINDOW_MESSAGES, offerWindowProblems } from "@/lib/domain/offer-window";
import { MAX_OFFER_DAYS, OFFER_AUDIENCES, audienceFlags, monthsCoveringDays } from "@/lib/domain/offer-terms";
import { countryCodeSchema, isoDateSchema, MAX_TASKS_TEXT } from "./checks";
import { maxChars } from "./messages";

export { MAX_OFFER_DESCRIPTION, OFFER_LANGUAGES, WORK_MODES };

// A form sends one value as a string and several as an array; absent as undefined.
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const wholeNumber = (min: number, max: number, message: string) => z.coerce.number(message).int(message).min(min, message).max(max, message);
// A number field of the unit not chosen may be empty: only the chosen unit's fields are required.
const optionalWhole = (min: number, max: number, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), wholeNumber(min, max, message).optional());

export const DURATION_UNITS = ["months", "days"] as const;
export { MAX_OFFER_DAYS };

export const offerSchema = z
  .object({
    // Set when editing; ownership is checked on the server (lib/server/services/offers.ts).
    offerId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => v || null),
    // Which button was pressed: save the draft, or save and publish.
    intent: z.enum(["save", "publish"]).default("save"),
    title: z.string().trim().min(5, "validation.titleShort").max(TEXT_MAX.offerTitle, maxChars(TEXT_MAX.offerTitle)),
    description: z.string().trim().min(20, "validation.descriptionShort").max(MAX_OFFER_DESCRIPTION, maxChars(MAX_OFFER_DESCRIPTION)),
    tasks: z.string().trim().min(20, "validation.tasksShort").max(MAX_TASKS_TEXT, maxChars(MAX_TASKS_TEXT)),
    language: z.enum(OFFER_LANGUAGES, "validation.languageUnknown"),
    country: countryCodeSchema,
    city: z.string().trim().min(1, "validation.required").max(TEXT_MAX.city, maxChars(TEXT_MAX.city)),
    workMode: z.enum(WORK_MODES, "validation.workModeUnknown"),
    // docs/domain.md §3a: who the offer is for. Absent (an API client that predates it) = students;
    // the editor always sends the list (a hidden empty entry), so unticking every box is an error.
    for: z.preprocess(
      (v) => (v === undefined ? ["students"] : asList(v).filter((x) => x !== "")),
      z.array(z.enum(OFFER_AUDIENCES, "validation.audienceUnknown")).min(1, "validation.audienceRequired").max(OFFER_AUDIENCES.length),
    ),
    // The range in months (2–12, traineeships) or in days (§3a: staff, short-term traineeships).
    durationUnit: z.preprocess((v) => (v === "" ? undefined : v), z.enum(DURATION_UNITS, "validation.durationUnit").default("months")),
    durationMinMonths: optionalWhole(2, 12, "validation.durationMonths"),
    durationMaxMonths: optionalWhole(2, 12, "validation.durationMonths"),
    durationMinDays: optionalWhole(1, MAX_OFFER_DAYS, "validation.durationDays"),
    durationMaxDays: optionalWhole(1, MAX_OFFER_DAYS, "validation.durationDays"),
    earliestStart: isoDateSchema,
    latestEnd: isoDateSchema,
    applicationDeadline: isoDateSchema,
    stipendPerMonth: z.preprocess(
      (v) => (v === "" || v === undefined ? undefined : v),
      z.coerce.number("validation.stipend").min(0, "validation.stipend").max(10_000, "validation.stipend").optional(),
    ),
    places: wholeNumber(1, 50, "validation.places"),
    requiredSkills: z.string().trim().max(TEXT_MAX.offerSkills, maxChars(TEXT_MAX.offerSkills)).default(""),
    categories: z.preprocess(asList, z.array(z.enum(DOT_ACTIVITY_IDS, "validation.activityUnknown")).max(7)),
    languageCode: z.preprocess(asList, z.array(z.union([z.literal(""), z.enum(OFFER_LANGUAGES, "validation.languageUnknown")])).max(5)),
    languageLevel: z.preprocess(asList, z.array(z.union([z.literal(""), z.enum(CEFR_LEVEL_CODES, "validation.levelUnknown")])).max(5)),
  })
  .superRefine((v, ctx) => {
    const [minField, maxField, message] =
      v.durationUnit === "days"
        ? (["durationMinDays", "durationMaxDays", "validation.durationDays"] as const)
        : (["durationMinMonths", "durationMaxMonths", "validation.durationMonths"] as const);
    const min = v[minField];
    const max = v[maxField];
    if (min === undefined) ctx.addIssue({ code: "custom", path: [minField], message });
    if (max === undefined) ctx.addIssue({ code: "custom", path: [maxField], message });
    if (min === undefined || max === undefined) return;
    if (max < min) ctx.addIssue({ code: "custom", path: [maxField], message: "validation.durationOrder" });
    const start = parseIsoDate(v.earliestStart);
    const end = parseIsoDate(v.latestEnd);
    const deadline = parseIsoDate(v.applicationDeadline);
    if (start && end && compareDates(end, start) <= 0) ctx.addIssue({ code: "custom", path: ["latestEnd"], message: "validation.endBeforeStart" });
    if (start && deadline && compareDates(deadline, start) > 0)
      ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: "validation.deadlineAfterStart" });
    // A draft may keep an impossible period while it is being worked on; publishing may not
    // (the service refuses too, for offers already published and for the list's publish button).
    if (v.intent === "publish") {
      for (const problem of offerWindowProblems({ ...v, durationMinMonths: v.durationMinMonths ?? 0, durationMinDays: v.durationUnit === "days" ? min : null }))
        ctx.addIssue({ code: "custom", path: [problem.field], message: OFFER_WINDOW_MESSAGES[problem.code] });
    }
    v.languageCode.forEach((code, i) => {
      if (code && !v.languageLevel[i]) ctx.addIssue({ code: "custom", path: ["languageLevel"], message: "validation.levelRequired" });
    });
  })
  .transform(
    ({
      languageCode,
      languageLevel,
      stipendPerMonth,
      for: audiences,
      durationUnit,
      durationMinMonths,
      durationMaxMonths,
      durationMinDays,
      durationMaxDays,
      ...rest
    }) => {
      const languages = new Map<string, CefrLevelCode>();
      languageCode.forEach((code, i) => {
        const level = languageLevel[i];
        if (code && level) languages.set(code, level);
      });
      // The refinement above made the chosen unit's numbers present.
      const days = durationUnit === "days" ? { min: durationMinDays!, max: durationMaxDays! } : null;
      return {
        ...rest,
        ...audienceFlags(audiences),
        // A range in days keeps the month columns consistent: the months that cover the days
        // (lib/domain/offer-terms.ts, monthsCoveringDays); a range in months clears the days.
        durationMinMonths: days ? monthsCoveringDays(days.min) : durationMinMonths!,
        durationMaxMonths: days ? monthsCoveringDays(days.max) : durationMaxMonths!,
        durationMinDays: days?.min ?? null,
        durationMaxDays: days?.max ?? null,
        categories: [...new Set(rest.categories)],
        languages: [...languages].map(([language, level]) => ({ language, level })),
        stipendCents: stipendPerMonth === undefined ? null : Math.round(stipendPerMonth * 100),
      };
    },
  );

export type OfferInput = z.infer<typeof offerSchema>;

export const offerIdSchema = z.object({ offerId: z.string().min(1).max(64) });

/**
 * The JSON body of POST /api/v1/offers and PUT /api/v1/offers/{id}: the editor's fields, with
 * `languages` as [{ language, level }] and `publish: true` for "save and publish". The offer id
 * comes from the path, never from the body.
 */
export const offerApiSchema = z.preprocess((body) => {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const { languages, publish, offerId: _ignored, intent: _intent, ...rest } = body as Record<string, unknown>;
  const list = Array.isArray(languages) ? (languages as { language?: unknown; level?: unknown }[]) : [];
  return {
    ...rest,
    intent: publish === true ? "publish" : "save",
    languageCode: list.map((l) => l?.language ?? ""),
    languageLevel: list.map((l) => l?.level ?? ""),
  };
}, offerSchema);
