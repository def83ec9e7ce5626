import { z } from "zod";
import { CEFR_LEVELS, MAX_OFFER_DESCRIPTION, OFFER_LANGUAGES, TEXT_MAX, WORK_MODES } from "@/lib/forms/limits";
import { DOT_ACTIVITY_IDS, compareDates, parseIsoDate } from "@/lib/domain";
import { OFFER_WINDOW_MESSAGES, offerWindowProblems } from "@/lib/domain/offer-window";
import { countryCodeSchema, isoDateSchema, MAX_TASKS_TEXT } from "./checks";
import { maxChars } from "./messages";

export { CEFR_LEVELS, MAX_OFFER_DESCRIPTION, OFFER_LANGUAGES, WORK_MODES };

// A form sends one value as a string and several as an array; absent as undefined.
const asList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const wholeNumber = (min: number, max: number, message: string) => z.coerce.number(message).int(message).min(min, message).max(max, message);

export const offerSchema = z
  .object({
    // Set when editing; ownership is checked on the server (lib/server/services/offers.ts).
    offerId: z.string().max(64).optional().transform((v) => v || null),
    // Which button was pressed: save the draft, or save and publish.
    intent: z.enum(["save", "publish"]).default("save"),
    title: z.string().trim().min(5, "validation.titleShort").max(TEXT_MAX.offerTitle, maxChars(TEXT_MAX.offerTitle)),
    description: z.string().trim().min(20, "validation.descriptionShort").max(MAX_OFFER_DESCRIPTION, maxChars(MAX_OFFER_DESCRIPTION)),
    tasks: z.string().trim().min(20, "validation.tasksShort").max(MAX_TASKS_TEXT, maxChars(MAX_TASKS_TEXT)),
    language: z.enum(OFFER_LANGUAGES, "validation.languageUnknown"),
    country: countryCodeSchema,
    city: z.string().trim().min(1, "validation.required").max(TEXT_MAX.city, maxChars(TEXT_MAX.city)),
    workMode: z.enum(WORK_MODES, "validation.workModeUnknown"),
    durationMinMonths: wholeNumber(2, 12, "validation.durationMonths"),
    durationMaxMonths: wholeNumber(2, 12, "validation.durationMonths"),
    earliestStart: isoDateSchema,
    latestEnd: isoDateSchema,
    applicationDeadline: isoDateSchema,
    stipendPerMonth: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number("validation.stipend").min(0, "validation.stipend").max(10_000, "validation.stipend").optional()),
    places: wholeNumber(1, 50, "validation.places"),
    requiredSkills: z.string().trim().max(TEXT_MAX.offerSkills, maxChars(TEXT_MAX.offerSkills)).default(""),
    categories: z.preprocess(asList, z.array(z.enum(DOT_ACTIVITY_IDS, "validation.activityUnknown")).max(7)),
    languageCode: z.preprocess(asList, z.array(z.union([z.literal(""), z.enum(OFFER_LANGUAGES, "validation.languageUnknown")])).max(5)),
    languageLevel: z.preprocess(asList, z.array(z.union([z.literal(""), z.enum(CEFR_LEVELS, "validation.levelUnknown")])).max(5)),
  })
  .superRefine((v, ctx) => {
    if (v.durationMaxMonths < v.durationMinMonths) ctx.addIssue({ code: "custom", path: ["durationMaxMonths"], message: "validation.durationOrder" });
    const start = parseIsoDate(v.earliestStart);
    const end = parseIsoDate(v.latestEnd);
    const deadline = parseIsoDate(v.applicationDeadline);
    if (start && end && compareDates(end, start) <= 0) ctx.addIssue({ code: "custom", path: ["latestEnd"], message: "validation.endBeforeStart" });
    if (start && deadline && compareDates(deadline, start) > 0) ctx.addIssue({ code: "custom", path: ["applicationDeadline"], message: "validation.deadlineAfterStart" });
    // A draft may keep an impossible period while it is being worked on; publishing may not
    // (the service refuses too, for offers already published and for the list's publish button).
    if (v.intent === "publish") {
      for (const problem of offerWindowProblems(v)) ctx.addIssue({ code: "custom", path: [problem.field], message: OFFER_WINDOW_MESSAGES[problem.code] });
    }
    v.languageCode.forEach((code, i) => {
      if (code && !v.languageLevel[i]) ctx.addIssue({ code: "custom", path: ["languageLevel"], message: "validation.levelRequired" });
    });
  })
  .transform(({ languageCode, languageLevel, stipendPerMonth, ...rest }) => {
    const languages = new Map<string, (typeof CEFR_LEVELS)[number]>();
    languageCode.forEach((code, i) => {
      const level = languageLevel[i];
      if (code && level) languages.set(code, level);
    });
    return {
      ...rest,
      categories: [...new Set(rest.categories)],
      languages: [...languages].map(([language, level]) => ({ language, level })),
      stipendCents: stipendPerMonth === undefined ? null : Math.round(stipendPerMonth * 100),
    };
  });

export type OfferInput = z.infer<typeof offerSchema>;

export const offerIdSchema = z.object({ offerId: z.string().min(1).max(64) });
