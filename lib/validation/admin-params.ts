import { z } from "zod";

// GET parameters of the admin lists (/admin/institutions, /admin/hosts, /admin/audit). A GET form
// sends every field, empty ones too: empty means "no filter". A bad value never crashes the page:
// it is reported and dropped (parseParamsLenient), the list runs without it.

export type RawParams = Record<string, string | string[] | undefined>;
export type ParamIssue = { field: string; message: string };

export const ADMIN_PAGE_SIZE = 20;
export const MAX_ADMIN_PAGE = 10_000;

/** One value per parameter; "" → undefined. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined ? undefined : v), schema.optional());

/** Digits only, 1 … MAX_ADMIN_PAGE; absent or empty = 1. */
export const pageParam = z.preprocess(
  (v) => (v === "" || v === undefined ? 1 : typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : v),
  z.number("adminArea.invalid.page").int("adminArea.invalid.page").min(1, "adminArea.invalid.page").max(MAX_ADMIN_PAGE, "adminArea.invalid.page"),
);

/** Parses; on failure drops the bad parameters and parses again, so the valid filters still apply. */
export function parseParamsLenient<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  keys: readonly string[],
  raw: RawParams,
): { data: z.infer<S>; issues: ParamIssue[] } {
  const pick = (skip: ReadonlySet<string>) => Object.fromEntries(keys.filter((k) => !skip.has(k)).map((k) => [k, raw[k]]));
  const first = schema.safeParse(pick(new Set()));
  if (first.success) return { data: first.data, issues: [] };
  const issues = first.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message }));
  const second = schema.safeParse(pick(new Set(issues.map((i) => i.field))));
  // Cross-field refinements (from after to) name both fields; without them the rest parses.
  return { data: second.success ? second.data : schema.parse({}), issues };
}

/** The canonical query string of a parameter object (empty and default values left out). */
export function toQueryString(params: Record<string, string | number | undefined | null>): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    out.set(key, String(value));
  }
  return out.toString();
}
