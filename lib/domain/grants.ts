import type { KeyAction } from "./actions";
import { type CountryGroup, countryGroup as countryGroupOf } from "./countries";

// domain.md §4: funded duration = full months (days ÷ 30, integer) + extra days (the remainder).
export const DAYS_PER_FUNDED_MONTH = 30;

export interface FundedDuration {
  readonly fullMonths: number;
  readonly extraDays: number;
}

export function fundedDuration(days: number): FundedDuration {
  const whole = Math.max(0, Math.floor(days));
  return { fullMonths: Math.floor(whole / DAYS_PER_FUNDED_MONTH), extraDays: whole % DAYS_PER_FUNDED_MONTH };
}

/** One editable row of the rate table (domain.md §4: rates are data set by each National Agency). */
export interface GrantRateRow {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly countryGroup: CountryGroup;
  readonly monthlyRateCents: number;
  readonly traineeshipTopUpCents: number; // per month
  readonly fewerOpportunitiesTopUpCents: number; // per month
  readonly greenTravelCents: number; // once
}

const EUR = 100;

function rowsFor(
  action: KeyAction,
  years: readonly number[],
  monthlyEurByGroup: Readonly<Record<CountryGroup, number>>,
  topUps: { traineeship: number; fewerOpportunities: number; greenTravel: number },
): GrantRateRow[] {
  return years.flatMap((callYear) =>
    ([1, 2, 3] as const).map((group) => ({
      action,
      callYear,
      countryGroup: group,
      monthlyRateCents: monthlyEurByGroup[group] * EUR,
      traineeshipTopUpCents: topUps.traineeship * EUR,
      fewerOpportunitiesTopUpCents: topUps.fewerOpportunities * EUR,
      greenTravelCents: topUps.greenTravel * EUR,
    })),
  );
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * Defaults an international office starts from and then edits (domain.md §4):
 * - KA131 2021–2027: 540 / 490 / 440 EUR per month for groups 1 / 2 / 3, with the §4 top-ups
 *   (traineeship +150/month, fewer opportunities +250/month, green travel +50 once).
 * - KA103 2014–2020: 400 / 350 / 300 EUR plus a 150 EUR traineeship top-up (the §4 range is
 *   100–200, set nationally). The fewer-opportunities top-up is left at 0: it was set nationally and
 *   domain.md gives no figure. Green travel did not exist before 2021.
 * - KA107 2015–2020: a flat 700 EUR per month (the usual rate for outgoing mobility to partner
 *   countries), repeated in all three group rows so the table stays uniform; KA107 hosts have no
 *   §4 group, so estimateGrant reads the group-1 row. No top-ups by default.
 */
export const DEFAULT_GRANT_RATES: readonly GrantRateRow[] = [
  ...rowsFor("KA103", range(2014, 2020), { 1: 400, 2: 350, 3: 300 }, { traineeship: 150, fewerOpportunities: 0, greenTravel: 0 }),
  ...rowsFor("KA107", range(2015, 2020), { 1: 700, 2: 700, 3: 700 }, { traineeship: 0, fewerOpportunities: 0, greenTravel: 0 }),
  ...rowsFor("KA131", range(2021, 2027), { 1: 540, 2: 490, 3: 440 }, { traineeship: 150, fewerOpportunities: 250, greenTravel: 50 }),
];

export interface GrantEstimateInput {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly hostCountry: string;
  readonly days: number;
  readonly fewerOpportunities: boolean;
  readonly greenTravel: boolean;
  readonly rates?: readonly GrantRateRow[];
}

export interface GrantEstimate {
  /** The host country's §4 group; null for KA107 (flat rate, partner countries have no group). */
  readonly countryGroup: CountryGroup | null;
  readonly fullMonths: number;
  readonly extraDays: number;
  readonly monthlyRateCents: number;
  readonly baseCents: number;
  readonly traineeshipTopUpCents: number;
  readonly fewerOpportunitiesTopUpCents: number;
  readonly greenTravelCents: number;
  readonly totalCents: number;
}

/**
 * domain.md §4: full months × monthly amount + extra days × monthly amount ÷ 30.
 * Rounding: the per-day amount is never rounded; each amount is computed exactly and rounded half
 * up to the cent once, at the end. The total is the sum of the rounded amounts, so the breakdown
 * always adds up to the total shown.
 */
function proratedCents(monthlyCents: number, duration: FundedDuration): number {
  const thirtieths = monthlyCents * (duration.fullMonths * DAYS_PER_FUNDED_MONTH + duration.extraDays);
  return Math.floor((thirtieths + DAYS_PER_FUNDED_MONTH / 2) / DAYS_PER_FUNDED_MONTH); // half up
}

/** Grant estimate in integer euro cents, or null when no rate row applies. */
export function estimateGrant(input: GrantEstimateInput): GrantEstimate | null {
  const rates = input.rates ?? DEFAULT_GRANT_RATES;
  // KA107 is a flat rate: partner countries have no §4 group, the group-1 row holds it.
  const group = input.action === "KA107" ? null : countryGroupOf(input.hostCountry, input.callYear);
  if (input.action !== "KA107" && group === null) return null;
  const row = rates.find(
    (r) => r.action === input.action && r.callYear === input.callYear && r.countryGroup === (group ?? 1),
  );
  if (!row) return null;
  const duration = fundedDuration(input.days);
  const baseCents = proratedCents(row.monthlyRateCents, duration);
  const traineeshipTopUpCents = proratedCents(row.traineeshipTopUpCents, duration);
  const fewerOpportunitiesTopUpCents = input.fewerOpportunities
    ? proratedCents(row.fewerOpportunitiesTopUpCents, duration)
    : 0;
  const greenTravelCents = input.greenTravel ? row.greenTravelCents : 0;
  return {
    countryGroup: group,
    fullMonths: duration.fullMonths,
    extraDays: duration.extraDays,
    monthlyRateCents: row.monthlyRateCents,
    baseCents,
    traineeshipTopUpCents,
    fewerOpportunitiesTopUpCents,
    greenTravelCents,
    totalCents: baseCents + traineeshipTopUpCents + fewerOpportunitiesTopUpCents + greenTravelCents,
  };
}
