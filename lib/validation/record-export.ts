import { z } from "zod";
import { ACTION_CALL_YEARS, KEY_ACTIONS } from "@/lib/domain";

// URL parameters of /office/records, its downloads and the statistics pages: an empty value (what
// a GET form sends for "any") means no filter. Messages are next-intl keys under "records.invalid".

export const RECORDS_PAGE_SIZE = 25;
export const EXPORT_FORMATS = ["csv", "xlsx", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** docs/domain.md §2: the first KA103 call to the last KA131 call. */
export const FIRST_CALL_YEAR = Math.min(...Object.values(ACTION_CALL_YEARS).map((r) => r.first));
export const LAST_CALL_YEAR = Math.max(...Object.values(ACTION_CALL_YEARS).map((r) => r.last));

const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);
const digits = (v: unknown) => (typeof v === "string" && /^\d{1,5}$/.test(v) ? Number(v) : v);

const callYear = z.preprocess(
  (v) => digits(blankToNull(v)),
  z
    .number("records.invalid.callYear")
    .int("records.invalid.callYear")
    .min(FIRST_CALL_YEAR, "records.invalid.callYear")
    .max(LAST_CALL_YEAR, "records.invalid.callYear")
    .nullable(),
);

export const recordFilterSchema = z.object({
  callYear,
  action: z.preprocess(blankToNull, z.enum(KEY_ACTIONS, "records.invalid.action").nullable()),
});
export type RecordFilters = z.infer<typeof recordFilterSchema>;

export const recordListSchema = recordFilterSchema.extend({
  page: z.preprocess(
    (v) => (v === "" || v === undefined ? 1 : digits(v)),
    z.number("records.invalid.page").int("records.invalid.page").min(1, "records.invalid.page").max(10_000, "records.invalid.page"),
  ),
});
export type RecordListParams = z.infer<typeof recordListSchema>;

export const recordExportSchema = recordFilterSchema.extend({
  format: z.preprocess((v) => blankToNull(v) ?? "csv", z.enum(EXPORT_FORMATS, "records.invalid.format")),
});

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** A page's searchParams or a request's URLSearchParams as plain strings (first value wins). */
export function paramsObject(params: Params): Record<string, string | undefined> {
  if (params instanceof URLSearchParams) return Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.get(k) ?? undefined]));
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}

/** The query string of a filter set (no empty parameters), for links that keep the filters. */
export function recordFilterQuery(filters: RecordFilters, extra: Record<string, string | number | undefined> = {}): string {
  const entries = { callYear: filters.callYear ?? undefined, action: filters.action ?? undefined, ...extra };
  const qs = new URLSearchParams(Object.entries(entries).flatMap(([k, v]) => (v === undefined || String(v) === "" ? [] : [[k, String(v)]])));
  return qs.toString();
}

/** A page's filters; a link with a bad value shows everything, and the page says so (invalid). */
export function readParams<S extends z.ZodType>(schema: S, params: Params): { data: z.infer<S>; invalid: boolean } {
  const parsed = schema.safeParse(paramsObject(params));
  return parsed.success ? { data: parsed.data, invalid: false } : { data: schema.parse({}), invalid: true };
}
