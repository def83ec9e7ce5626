// Limits and choices the forms show in the browser, kept free of zod (and of the lib/domain barrel)
// so client bundles stay small. The zod schemas in lib/validation enforce the same values on the
// server and re-export them for server code.

/** Largest CV accepted, in bytes (5 MiB). */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
/** For <input type="file" accept>: a hint to the file picker only; the server checks the bytes. */
export const CV_ACCEPT = "application/pdf,.pdf";

export const MOTIVATION_MIN = 100;
export const MOTIVATION_MAX = 4000;
/** The length the counter shows and the rule counts: the motivation without surrounding blanks. */
export function motivationLength(text: string): number {
  return text.trim().length;
}

/** Longest message between a host and an applicant (lib/validation/application-message.ts). */
export const MESSAGE_MAX = 2000;

export const MAX_TASKS_TEXT = 10_000;

// The 24 official EU languages, then the main languages of the other programme countries.
export const OFFER_LANGUAGES = [
  "en",
  "nl",
  "da",
  "de",
  "fr",
  "es",
  "it",
  "pl",
  "pt",
  "sv",
  "fi",
  "cs",
  "el",
  "hu",
  "ro",
  "bg",
  "hr",
  "sk",
  "sl",
  "et",
  "lv",
  "lt",
  "ga",
  "mt",
  "is",
  "nb",
  "tr",
  "mk",
  "sr",
] as const;
export const WORK_MODES = ["ON_SITE", "HYBRID", "REMOTE"] as const;
export const MAX_OFFER_DESCRIPTION = 5000;

export const SAVED_SEARCH_NAME_MAX = 80;

export const RATE_FIELDS = [
  "monthlyRate",
  "traineeshipTopUp",
  "fewerOpportunitiesTopUp",
  "greenTravel",
  // docs/domain.md §3a: daily rates.
  "shortTermFirstBand",
  "shortTermSecondBand",
  "staffDaily",
  "learnerDaily",
] as const;
export type RateField = (typeof RATE_FIELDS)[number];

/**
 * The rate columns an action's table shows: its formats' grants (docs/domain.md §3a, §4).
 * KA103/KA107 pay monthly; KA131 also pays short-term traineeships and HE staff per day; KA121 and
 * KA122 pay staff and learners per day.
 */
export function rateFieldsOf(action: string): readonly RateField[] {
  if (action === "KA103" || action === "KA107") return ["monthlyRate", "traineeshipTopUp", "fewerOpportunitiesTopUp", "greenTravel"];
  if (action === "KA131") return RATE_FIELDS.filter((f) => f !== "learnerDaily");
  return ["staffDaily", "learnerDaily", "greenTravel"];
}

export const MAX_PROFILE_LANGUAGES = 6;
// As Mobility Tool+ records it (docs/domain.md §5 participant data); empty = not given.
export const GENDERS = ["female", "male", "undefined"] as const;
export const MAX_LEGAL_NAME_LENGTH = 100;

// Longest Learning Agreement texts: a detailed programme is the longest part of the template.
export const LA_LIMITS = {
  title: 200,
  programme: 10_000,
  longText: 5_000,
  shortText: 2_000,
  name: 120,
  email: 254,
} as const;

// Longest texts of the other forms: the schemas of lib/validation refuse longer ones, the fields
// set them as maxLength with a counter (components/forms/character-counter.tsx).
export const TEXT_MAX = {
  offerTitle: 160,
  city: 120,
  offerSkills: 2000,
  organisationName: 200,
  address: 300,
  website: 300,
  organisationDescription: 3000,
  profileSkills: 3000,
  personName: 120,
  institutionName: 200,
  reason: 1000,
} as const;
