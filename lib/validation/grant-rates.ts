import { z } from "zod";
import { RATE_FIELDS, type RateField, rateFieldsOf } from "@/lib/forms/limits";
import { ACTION_CALL_YEARS, KEY_ACTIONS, isCallYearOfAction, isKeyAction, type KeyAction } from "@/lib/domain/actions";

// docs/domain.md §4: monthly rates and top-ups are data each office edits, entered in euros and stored
// in integer cents. A generous ceiling catches a typo (an extra zero) without second-guessing a
// National Agency's figures.
export const MAX_RATE_EUROS = 5_000;
export { RATE_FIELDS, type RateField, rateFieldsOf };
export const COUNTRY_GROUPS = [1, 2, 3] as const;

const V = "officeSettings.validation";

export type EuroParse = { ok: true; cents: number } | { ok: false; error: string };

/**
 * "540", "540.5", "540,50" (a comma is the decimal separator in Dutch and Danish) → cents, with
 * integer arithmetic so 0.29 never becomes 28 cents. At most two decimals; no thousands separators.
 */
export function parseEuros(raw: unknown): EuroParse {
  const text = typeof raw === "string" ? raw.trim().replace(/\s+/g, "") : typeof raw === "number" ? String(raw) : "";
  if (text === "") return { ok: false, error: `${V}.amountRequired` };
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!match) return { ok: false, error: `${V}.amountNotANumber` };
  const [, minus, whole = "", fraction = ""] = match;
  if (minus) return { ok: false, error: `${V}.amountNegative` };
  if (fraction.length > 2) return { ok: false, error: `${V}.amountDecimals` };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(cents) || cents > MAX_RATE_EUROS * 100) return { ok: false, error: `${V}.amountTooHigh` };
  return { ok: true, cents };
}

/** Cents → the form's text ("540", "12.50"): no thousands separator, so it parses back as typed. */
export function centsToEuroText(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

const euroCents = z.unknown().transform((value, ctx) => {
  const parsed = parseEuros(value);
  if (parsed.ok) return parsed.cents;
  ctx.addIssue({ code: "custom", message: parsed.error });
  return z.NEVER;
});

export const actionSchema = z.enum(KEY_ACTIONS, `${V}.actionUnknown`);
export const callYearSchema = z.coerce.number(`${V}.callYearOutside`).int(`${V}.callYearOutside`);

/** docs/domain.md §2: KA103 calls 2014–2020, KA107 2015–2020, KA131 2021–2027 (ACTION_CALL_YEARS). */
export function callYearOfAction(v: { action: KeyAction; callYear: number }, ctx: z.RefinementCtx) {
  if (!isCallYearOfAction(v.action, v.callYear)) ctx.addIssue({ code: "custom", path: ["callYear"], message: `${V}.callYearOutside` });
}

const rateRow = z.object({
  countryGroup: z.coerce.number(`${V}.groupUnknown`).pipe(z.literal(COUNTRY_GROUPS, `${V}.groupUnknown`)),
  // What the form was loaded with ("default" or the row's last update): a row someone else saved
  // in the meantime is not silently overwritten.
  version: z.string().max(40).default(""),
  // A column the action's table does not show is left out of the form: it keeps its stored value.
  monthlyRate: euroCents.optional(),
  traineeshipTopUp: euroCents.optional(),
  fewerOpportunitiesTopUp: euroCents.optional(),
  greenTravel: euroCents.optional(),
  shortTermFirstBand: euroCents.optional(),
  shortTermSecondBand: euroCents.optional(),
  staffDaily: euroCents.optional(),
  learnerDaily: euroCents.optional(),
});

// The form names its inputs "rows.0.monthlyRate", so error paths and input names are the same.
function rowsFromFlatKeys(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = {};
  const rows: Record<string, unknown>[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const m = /^rows\.(\d)\.(\w+)$/.exec(key);
    if (!m) {
      out[key] = value;
      continue;
    }
    const index = Number(m[1]);
    (rows[index] ??= {})[m[2] as string] = value;
  }
  if (rows.length && !("rows" in out)) out.rows = Array.from(rows, (r) => r ?? {});
  return out;
}

export const grantRateTableSchema = z.preprocess(
  rowsFromFlatKeys,
  z
    .object({
      action: actionSchema,
      callYear: callYearSchema,
      rows: z.array(rateRow).min(1, `${V}.groupUnknown`).max(COUNTRY_GROUPS.length, `${V}.groupUnknown`),
    })
    .superRefine((v, ctx) => {
      callYearOfAction(v, ctx);
      // Every column the action's table shows is required.
      v.rows.forEach((row, i) => {
        for (const field of rateFieldsOf(v.action)) {
          if (row[field] === undefined) ctx.addIssue({ code: "custom", path: ["rows", i, field], message: `${V}.amountRequired` });
        }
      });
      const groups = v.rows.map((r) => r.countryGroup);
      if (new Set(groups).size !== groups.length) ctx.addIssue({ code: "custom", path: ["rows"], message: `${V}.groupUnknown` });
    })
    .transform(({ rows, ...rest }) => ({
      ...rest,
      rows: rows.map((r) => ({
        countryGroup: r.countryGroup,
        version: r.version,
        monthlyRateCents: r.monthlyRate,
        traineeshipTopUpCents: r.traineeshipTopUp,
        fewerOpportunitiesTopUpCents: r.fewerOpportunitiesTopUp,
        greenTravelCents: r.greenTravel,
        shortTermFirstBandCents: r.shortTermFirstBand,
        shortTermSecondBandCents: r.shortTermSecondBand,
        staffDailyCents: r.staffDaily,
        learnerDailyCents: r.learnerDaily,
      })),
    })),
);
export type GrantRateTableInput = z.infer<typeof grantRateTableSchema>;

export const callSchema = z.object({ action: actionSchema, callYear: callYearSchema }).superRefine(callYearOfAction);
export type CallInput = z.infer<typeof callSchema>;

/** The current call year of an action: this year, or the action's nearest call year. */
export function currentCallYear(action: KeyAction, today: Date): number {
  const { first, last } = ACTION_CALL_YEARS[action];
  return Math.min(last, Math.max(first, today.getUTCFullYear()));
}

/**
 * The page's ?action=&callYear= filter. Default: KA131 and the current call year; a year outside
 * the action's calls (e.g. after switching action) moves to that action's current call year.
 */
export function settingsFilter(
  params: { action?: string | string[]; callYear?: string | string[] },
  today: Date,
  actions: readonly KeyAction[] = ["KA131", "KA103", "KA107"],
): CallInput {
  const rawAction = typeof params.action === "string" ? params.action.toUpperCase() : undefined;
  // Only the actions of the organisation's sector (docs/domain.md §3a); the first is the running one.
  const chosen: KeyAction = isKeyAction(rawAction) && actions.includes(rawAction) ? rawAction : actions[0]!;
  const year = typeof params.callYear === "string" && /^\d{4}$/.test(params.callYear) ? Number(params.callYear) : NaN;
  return { action: chosen, callYear: isCallYearOfAction(chosen, year) ? year : currentCallYear(chosen, today) };
}

export function callYearsOf(action: KeyAction): number[] {
  const { first, last } = ACTION_CALL_YEARS[action];
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
