import { z } from "zod";
import { DOT_ACTIVITY_IDS, normalizeCountryCode, type CountryCode } from "@/lib/domain";
import { OFFER_AUDIENCES } from "@/lib/domain/offer-terms";
import { OFFER_LANGUAGES, WORK_MODES } from "./offer";

// The offer search's URL parameters, shared by /offers, GET /api/v1/offers and saved searches.
// One value per parameter; an empty value (what a GET form sends for "any") means "no filter".
// Messages are next-intl keys under "search.invalid".

/** URL values of the work mode facet (`remote=`), and the WorkMode each one stands for. */
export const REMOTE_VALUES = { "on-site": "ON_SITE", hybrid: "HYBRID", remote: "REMOTE" } as const satisfies Record<string, (typeof WORK_MODES)[number]>;
export type RemoteValue = keyof typeof REMOTE_VALUES;
const REMOTE_KEYS = Object.keys(REMOTE_VALUES) as [RemoteValue, ...RemoteValue[]];

/**
 * Duration buckets in months (`duration=`). An offer is in a bucket when its min–max range
 * overlaps it, so a 3–6 month offer is found both as "2-3" and as "4-6".
 */
export const DURATION_BUCKETS = { "2-3": [2, 3], "4-6": [4, 6], "7-12": [7, 12] } as const satisfies Record<string, readonly [number, number]>;
export type DurationBucket = keyof typeof DURATION_BUCKETS;
const DURATION_KEYS = Object.keys(DURATION_BUCKETS) as [DurationBucket, ...DurationBucket[]];

export const PAID_VALUES = ["yes", "no"] as const;

/**
 * `relevance` needs words in q; `match` needs a signed-in participant with a profile. Without
 * them the default applies: relevance when q has words, newest otherwise.
 */
export const OFFER_SORTS = ["relevance", "newest", "deadline", "stipend", "duration", "match"] as const;
export type OfferSort = (typeof OFFER_SORTS)[number];

export const MAX_QUERY_LENGTH = 200;
export const PAGE_SIZE = 20;
export const MAX_API_PAGE_SIZE = 50;
/** 100k offers / 20 per page; deeper pages are refused rather than scanned. */
export const MAX_PAGE = 5000;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) => optional(z.enum(values, message));
// Digits only ("1e3", "2.0", " 3" are refused), within [min, max]; absent or empty = fallback.
const wholeNumber = (min: number, max: number, fallback: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? fallback : typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : v),
    z.number(message).int(message).min(min, message).max(max, message),
  );

const countrySchema = optional(
  z.string("search.invalid.country").transform((value, ctx): CountryCode => {
    // docs/domain.md §2: EL/UK are accepted and stored as GR/GB.
    const code = normalizeCountryCode(value);
    if (!code) {
      ctx.addIssue({ code: "custom", message: "search.invalid.country" });
      return z.NEVER;
    }
    return code;
  }),
);

const monthSchema = optional(z.string("search.invalid.start").refine((v) => /^(20\d\d)-(0[1-9]|1[0-2])$/.test(v), "search.invalid.start"));

export const offerSearchSchema = z.object({
  q: z.preprocess((v) => (v === undefined ? "" : v), z.string("search.invalid.q").trim().max(MAX_QUERY_LENGTH, "search.invalid.q")),
  country: countrySchema,
  category: oneOf(DOT_ACTIVITY_IDS, "search.invalid.category"),
  language: oneOf(OFFER_LANGUAGES, "search.invalid.language"),
  // docs/domain.md §3a: offers open to this group (students, staff, vet); an offer may be for several.
  for: oneOf(OFFER_AUDIENCES, "search.invalid.for"),
  remote: oneOf(REMOTE_KEYS, "search.invalid.remote"),
  duration: oneOf(DURATION_KEYS, "search.invalid.duration"),
  start: monthSchema,
  paid: oneOf(PAID_VALUES, "search.invalid.paid"),
  sort: oneOf(OFFER_SORTS, "search.invalid.sort"),
  page: wholeNumber(1, MAX_PAGE, 1, "search.invalid.page"),
  pageSize: wholeNumber(1, MAX_API_PAGE_SIZE, PAGE_SIZE, "search.invalid.pageSize"),
});

export type OfferSearchParams = z.infer<typeof offerSearchSchema>;
export type FacetKey = "country" | "category" | "language" | "for" | "remote" | "duration" | "start" | "paid";
export const FACET_KEYS: readonly FacetKey[] = ["country", "category", "language", "for", "remote", "duration", "start", "paid"];

const PARAM_KEYS = Object.keys(offerSearchSchema.shape) as (keyof OfferSearchParams)[];

type RawInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Next's searchParams, a URLSearchParams or a plain object → validated parameters or the ZodError. */
export function parseOfferSearch(input: RawInput) {
  const raw: Record<string, unknown> = {};
  const repeated: z.core.$ZodIssue[] = [];
  for (const key of PARAM_KEYS) {
    const values = input instanceof URLSearchParams ? input.getAll(key) : [input[key]].flat().filter((v) => v !== undefined);
    // A repeated parameter is ambiguous: refuse it rather than silently picking one.
    if (values.length > 1) repeated.push({ code: "custom", path: [key], message: "search.invalid.repeated", input: values });
    raw[key] = values[0];
  }
  if (repeated.length > 0) return { success: false as const, data: undefined, error: new z.ZodError(repeated) as z.ZodError<OfferSearchParams> };
  return offerSearchSchema.safeParse(raw);
}

/** The parameters with every filter empty: page 1, default sort. */
export const EMPTY_OFFER_SEARCH: OfferSearchParams = offerSearchSchema.parse({});

/**
 * The canonical query string (no leading "?"): fixed key order, defaults (page 1, page size 20,
 * empty filters, the default sort) left out, so equal searches give equal strings (shareable,
 * comparable) and a search without a chosen sort keeps following the words (relevance with words).
 */
export function offerSearchToQueryString(params: Partial<OfferSearchParams>): string {
  const out = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    const value = params[key];
    if (value === null || value === undefined || value === "") continue;
    if (key === "sort" && isDefaultSort({ q: params.q ?? "", sort: params.sort ?? null })) continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === PAGE_SIZE) continue;
    out.set(key, String(value));
  }
  return out.toString();
}

/** The sort actually applied. */
export function effectiveSort(params: Pick<OfferSearchParams, "q" | "sort">, canMatch: boolean): Exclude<OfferSort, "match"> | "match" {
  const hasWords = searchTerms(params.q).length > 0;
  if (params.sort === "match") return canMatch ? "match" : hasWords ? "relevance" : "newest";
  if (params.sort === "relevance" && !hasWords) return "newest";
  return params.sort ?? defaultSort(params.q);
}

/** The sort a search gets when none is chosen: relevance when q has words, newest otherwise. */
export function defaultSort(q: string): "relevance" | "newest" {
  return searchTerms(q).length > 0 ? "relevance" : "newest";
}

/**
 * Whether `sort` adds nothing to the default (no sort, or the one the words give anyway, or
 * relevance without words). "match" is never the default: it depends on who is signed in.
 */
export function isDefaultSort(params: Pick<OfferSearchParams, "q" | "sort">): boolean {
  return params.sort === null || (params.sort !== "match" && effectiveSort(params, false) === defaultSort(params.q));
}

export const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 40;

/**
 * The words of q as the full-text index sees them: runs of letters, marks and digits, lower-case,
 * NFC. Everything else (quotes, *, -, :, parentheses, AND/OR/NOT as operators) is a separator,
 * so no user input can form FTS5 or tsquery syntax; the FTS modules quote each term again.
 * "AND"/"OR"/"NOT" stay as ordinary words (lower-cased, they are not operators in either syntax).
 */
export function searchTerms(q: string): string[] {
  const words =
    q
      .normalize("NFC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** Terms of at least this length also match longer words ("develop" → "developer"). */
export const PREFIX_MIN_LENGTH = 3;

export type OfferSearchIssue = { field: string; message: string };

/**
 * For the page: a link with bad parameters still shows a search. The parameters that fail are
 * dropped (and returned, to say so on the page); the rest apply.
 */
export function parseOfferSearchLenient(input: RawInput): { data: OfferSearchParams; issues: OfferSearchIssue[] } {
  const first = parseOfferSearch(input);
  if (first.success) return { data: first.data, issues: [] };
  const issues = first.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message }));
  const bad = new Set(issues.map((i) => i.field));
  const kept: Record<string, string | string[] | undefined> = {};
  for (const key of PARAM_KEYS) {
    if (bad.has(key)) continue;
    kept[key] = input instanceof URLSearchParams ? (input.get(key) ?? undefined) : input[key];
  }
  const second = parseOfferSearch(kept);
  return { data: second.success ? second.data : EMPTY_OFFER_SEARCH, issues };
}

/** The request's own query string, for comparing with the canonical one (redirect when they differ). */
export function rawQueryString(input: Record<string, string | string[] | undefined>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) for (const v of [value].flat()) if (v !== undefined) out.append(key, v);
  return out.toString();
}
