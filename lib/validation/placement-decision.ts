import { PLACEMENT_STATES } from "@/lib/domain/placement-lifecycle";
import { z } from "zod";
import { DOT_ACTIVITY_IDS, KEY_ACTIONS, normalizeCountryCode } from "@/lib/domain";
import { OVERRIDE_JUSTIFICATION_MAX, OVERRIDE_JUSTIFICATION_MIN, REJECT_REASON_MAX, REJECT_REASON_MIN } from "@/lib/domain/approval";

// The officer's decisions on a placement, shared by the review page's forms, the server
// actions and the JSON API. Messages are next-intl keys under "placementDecision.validation".
const V = "placementDecision.validation";

// A form sends one checkbox as a string and several as an array; absent as undefined.
const asList = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);

const placementId = z.string(`${V}.placementRequired`).trim().min(1, `${V}.placementRequired`).max(64, `${V}.placementRequired`);

/**
 * Approve, optionally with an override (only accepted by the service when just digital-activity
 * fails, lib/domain/approval.ts). Categories and justification come together or not at all.
 */
export const approveSchema = z
  .object({
    placementId,
    overrideCategories: z.preprocess(
      asList,
      z.array(z.enum(DOT_ACTIVITY_IDS, `${V}.categoryUnknown`), `${V}.categoryUnknown`).max(DOT_ACTIVITY_IDS.length, `${V}.categoryUnknown`),
    ),
    justification: z.preprocess(
      (v) => (v === undefined || v === null ? "" : v),
      z.string(`${V}.justificationText`).trim().max(OVERRIDE_JUSTIFICATION_MAX, `${V}.justificationLong`),
    ),
  })
  .superRefine((v, ctx) => {
    const overriding = v.overrideCategories.length > 0 || v.justification.length > 0;
    if (!overriding) return;
    if (v.overrideCategories.length === 0) ctx.addIssue({ code: "custom", path: ["overrideCategories"], message: `${V}.categoriesRequired` });
    if (v.justification.length < OVERRIDE_JUSTIFICATION_MIN) ctx.addIssue({ code: "custom", path: ["justification"], message: `${V}.justificationShort` });
  });

export type ApproveInput = z.infer<typeof approveSchema>;

export const rejectSchema = z.object({
  placementId,
  reason: z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z.string(`${V}.reasonLength`).trim().min(REJECT_REASON_MIN, `${V}.reasonLength`).max(REJECT_REASON_MAX, `${V}.reasonLength`),
  ),
});

export type RejectInput = z.infer<typeof rejectSchema>;

// The queue's filters (GET parameters of /office/placements and /api/v1/placements).
export const QUEUE_PAGE_SIZE = 20;
const MAX_PAGE = 10_000;

const emptyToUndefined = (v: unknown) => (v === "" || v === undefined || v === null ? undefined : v);

export const queueFiltersSchema = z.object({
  // Absent: the queue's default, what waits for a decision. "ALL" lists every status.
  status: z.preprocess((v) => emptyToUndefined(v) ?? "PROPOSED", z.enum([...PLACEMENT_STATES, "ALL"], `${V}.statusUnknown`)),
  action: z.preprocess(emptyToUndefined, z.enum(KEY_ACTIONS, `${V}.actionUnknown`).optional()),
  country: z.preprocess(
    emptyToUndefined,
    z
      .string(`${V}.countryUnknown`)
      .transform((value, ctx) => {
        const code = normalizeCountryCode(value);
        if (!code) {
          ctx.addIssue({ code: "custom", message: `${V}.countryUnknown` });
          return z.NEVER;
        }
        return code;
      })
      .optional(),
  ),
  page: z.preprocess(
    (v) => (emptyToUndefined(v) === undefined ? 1 : typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : v),
    z.number(`${V}.pageInvalid`).int(`${V}.pageInvalid`).min(1, `${V}.pageInvalid`).max(MAX_PAGE, `${V}.pageInvalid`),
  ),
});

export type QueueFilters = z.infer<typeof queueFiltersSchema>;
export const QUEUE_FILTER_KEYS = ["status", "action", "country", "page"] as const;

type RawParams = Record<string, string | string[] | undefined>;

/** One value per key (the first when repeated). */
const single = (raw: RawParams, key: string) => {
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Strict parse for the API (a bad parameter is a 400); the page uses parseQueueFiltersLenient, which
 * reports a bad parameter and lists without it.
 */
export function parseQueueFilters(raw: RawParams) {
  return queueFiltersSchema.safeParse(Object.fromEntries(QUEUE_FILTER_KEYS.map((k) => [k, single(raw, k)])));
}

export function parseQueueFiltersLenient(raw: RawParams): { filters: QueueFilters; invalid: { field: string; message: string }[] } {
  const first = parseQueueFilters(raw);
  if (first.success) return { filters: first.data, invalid: [] };
  const invalid = first.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), message: i.message }));
  const bad = new Set(invalid.map((i) => i.field));
  const rest = queueFiltersSchema.parse(Object.fromEntries(QUEUE_FILTER_KEYS.filter((k) => !bad.has(k)).map((k) => [k, single(raw, k)])));
  return { filters: rest, invalid };
}

/** The canonical query string of the filters (defaults left out), for links and pagination. */
export function queueQueryString(filters: Partial<QueueFilters>): string {
  const out = new URLSearchParams();
  if (filters.status && filters.status !== "PROPOSED") out.set("status", filters.status);
  if (filters.action) out.set("action", filters.action);
  if (filters.country) out.set("country", filters.country);
  if (filters.page && filters.page > 1) out.set("page", String(filters.page));
  return out.toString();
}

/** The answer of the last decision, carried by the redirect after it (`?done=`): works without JavaScript. */
export const DECISION_DONE = ["approved", "alreadyApproved", "rejected", "alreadyRejected"] as const;
export type DecisionDone = (typeof DECISION_DONE)[number];
