import { type KeyAction, isKeyAction } from "./actions";
import { type CountryGroup, countryGroup as countryGroupOf } from "./countries";
import { FORMATS, type FormatId, type GrantBasis } from "./formats";

// docs/domain.md §4: funded duration = full months (days ÷ 30, integer) + extra days (the remainder).
export const DAYS_PER_FUNDED_MONTH = 30;

export interface FundedDuration {
  readonly fullMonths: number;
  readonly extraDays: number;
}

export function fundedDuration(days: number): FundedDuration {
  const whole = Math.max(0, Math.floor(days));
  return { fullMonths: Math.floor(whole / DAYS_PER_FUNDED_MONTH), extraDays: whole % DAYS_PER_FUNDED_MONTH };
}

/** One editable row of the rate table (docs/domain.md §4: rates are data set by each National Agency). */
export interface GrantRateRow {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly countryGroup: CountryGroup;
  readonly monthlyRateCents: number;
  readonly traineeshipTopUpCents: number; // per month
  readonly fewerOpportunitiesTopUpCents: number; // per month
  readonly greenTravelCents: number; // once
  // docs/domain.md §3a: daily rates. A short-term HE traineeship is paid per day in two bands (days
  // 1–14 and 15–30); staff and KA121/KA122 learners per day. Absent = 0 (none set).
  readonly shortTermFirstBandCents?: number;
  readonly shortTermSecondBandCents?: number;
  readonly staffDailyCents?: number;
  readonly learnerDailyCents?: number;
}

/** §3a: the first band of a short-term traineeship's daily grant ends with this day. */
export const SHORT_TERM_FIRST_BAND_DAYS = 14;

const EUR = 100;

type ByGroup = Readonly<Record<CountryGroup, number>>;
const NONE: ByGroup = { 1: 0, 2: 0, 3: 0 };

interface DailyEur {
  readonly shortTerm?: readonly [number, number];
  readonly staff?: ByGroup;
  readonly learner?: ByGroup;
}

function rowsFor(
  action: KeyAction,
  years: readonly number[],
  monthlyEurByGroup: ByGroup,
  topUps: { traineeship: number; fewerOpportunities: number; greenTravel: number },
  daily: DailyEur = {},
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
      shortTermFirstBandCents: (daily.shortTerm?.[0] ?? 0) * EUR,
      shortTermSecondBandCents: (daily.shortTerm?.[1] ?? 0) * EUR,
      staffDailyCents: (daily.staff ?? NONE)[group] * EUR,
      learnerDailyCents: (daily.learner ?? NONE)[group] * EUR,
    })),
  );
}

const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

/**
 * Defaults an international office starts from and then edits (docs/domain.md §4):
 * - KA131 2021–2027: 540 / 490 / 440 EUR per month for groups 1 / 2 / 3, with the §4 top-ups
 *   (traineeship +150/month, fewer opportunities +250/month, green travel +50 once).
 * - KA103 2014–2020: 400 / 350 / 300 EUR plus a 150 EUR traineeship top-up (the §4 range is
 *   100–200, set nationally). The fewer-opportunities top-up is left at 0: it was set nationally and
 *   docs/domain.md gives no figure. Green travel did not exist before 2021.
 * - KA107 2015–2020: a flat 700 EUR per month (the usual rate for outgoing mobility to partner
 *   countries), repeated in all three group rows so the table stays uniform; KA107 hosts have no
 *   §4 group, so estimateGrant reads the group-1 row. No top-ups by default.
 * Daily rates (docs/domain.md §3a: by host-country group, edited like the monthly ones). The figures
 * are the portal's starting values, to be replaced by the National Agency's:
 * - KA131 short-term traineeships: 79 EUR a day for days 1–14, 56 EUR for days 15–30, in every
 *   group; no monthly top-up. HE staff: 180 / 160 / 140 EUR a day.
 * - KA121/KA122 (VET, school, adult education): staff 153 / 136 / 119 EUR a day; VET learners
 *   58 / 51 / 45 EUR a day; green travel 50 EUR once, like KA131. No monthly rate.
 */
const SECTOR_DAILY: DailyEur = { staff: { 1: 153, 2: 136, 3: 119 }, learner: { 1: 58, 2: 51, 3: 45 } };
const SECTOR_TOP_UPS = { traineeship: 0, fewerOpportunities: 0, greenTravel: 50 };
export const DEFAULT_GRANT_RATES: readonly GrantRateRow[] = [
  ...rowsFor("KA103", range(2014, 2020), { 1: 400, 2: 350, 3: 300 }, { traineeship: 150, fewerOpportunities: 0, greenTravel: 0 }),
  ...rowsFor("KA107", range(2015, 2020), { 1: 700, 2: 700, 3: 700 }, { traineeship: 0, fewerOpportunities: 0, greenTravel: 0 }),
  ...rowsFor(
    "KA131",
    range(2021, 2027),
    { 1: 540, 2: 490, 3: 440 },
    { traineeship: 150, fewerOpportunities: 250, greenTravel: 50 },
    {
      shortTerm: [79, 56],
      staff: { 1: 180, 2: 160, 3: 140 },
    },
  ),
  ...(["KA121-VET", "KA122-VET", "KA121-SCH", "KA122-SCH", "KA121-ADU", "KA122-ADU"] as const).flatMap((action) =>
    rowsFor(action, range(2021, 2027), NONE, SECTOR_TOP_UPS, SECTOR_DAILY),
  ),
];

export interface GrantEstimateInput {
  readonly action: KeyAction;
  /** The mobility format (docs/domain.md §3a) decides monthly or daily rates; default: long-term traineeship. */
  readonly format?: FormatId;
  readonly callYear: number;
  readonly hostCountry: string;
  readonly days: number;
  readonly fewerOpportunities: boolean;
  readonly greenTravel: boolean;
  readonly rates?: readonly GrantRateRow[];
}

export interface GrantEstimate {
  /** Monthly (§4) or one of the daily bases of §3a. */
  readonly basis: GrantBasis;
  /** The host country's §4 group; null for KA107 (flat rate, partner countries have no group). */
  readonly countryGroup: CountryGroup | null;
  /** Days paid at the daily rate (all of them; for short-term traineeships those of the first band). */
  readonly days: number;
  /** The daily rate of a daily basis (the first band for short-term traineeships); 0 for monthly. */
  readonly dailyRateCents: number;
  /** Short-term traineeships: the second band's days and rate. */
  readonly secondBandDays: number;
  readonly secondBandDailyCents: number;
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
 * docs/domain.md §4: full months × monthly amount + extra days × monthly amount ÷ 30.
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
  const row = rates.find((r) => r.action === input.action && r.callYear === input.callYear && r.countryGroup === (group ?? 1));
  if (!row) return null;
  const basis = FORMATS[input.format ?? "HE-SMT-LONG"].grantBasis;
  if (basis !== "monthly") return dailyEstimate(input, row, basis, group);
  const duration = fundedDuration(input.days);
  const baseCents = proratedCents(row.monthlyRateCents, duration);
  const traineeshipTopUpCents = proratedCents(row.traineeshipTopUpCents, duration);
  const fewerOpportunitiesTopUpCents = input.fewerOpportunities ? proratedCents(row.fewerOpportunitiesTopUpCents, duration) : 0;
  const greenTravelCents = input.greenTravel ? row.greenTravelCents : 0;
  return {
    basis,
    countryGroup: group,
    days: Math.max(0, Math.floor(input.days)),
    dailyRateCents: 0,
    secondBandDays: 0,
    secondBandDailyCents: 0,
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

/**
 * docs/domain.md §3a: days × the daily rate of the host's group; a short-term HE traineeship pays days
 * 1–14 at the first band and days 15–30 at the second, with no monthly top-up. Green travel is
 * paid once where the row has it. Null when the row sets no daily rate for this basis (0 = not set).
 */
function dailyEstimate(input: GrantEstimateInput, row: GrantRateRow, basis: Exclude<GrantBasis, "monthly">, group: CountryGroup | null): GrantEstimate | null {
  const days = Math.max(0, Math.floor(input.days));
  const first = basis === "daily-bands" ? Math.min(days, SHORT_TERM_FIRST_BAND_DAYS) : days;
  const second = days - first;
  const rate =
    basis === "daily-bands" ? (row.shortTermFirstBandCents ?? 0) : basis === "staff-daily" ? (row.staffDailyCents ?? 0) : (row.learnerDailyCents ?? 0);
  const secondRate = basis === "daily-bands" ? (row.shortTermSecondBandCents ?? 0) : 0;
  if (rate <= 0) return null;
  const baseCents = first * rate + second * secondRate;
  const greenTravelCents = input.greenTravel ? row.greenTravelCents : 0;
  return {
    basis,
    countryGroup: group,
    days: first,
    dailyRateCents: rate,
    secondBandDays: second,
    secondBandDailyCents: secondRate,
    fullMonths: 0,
    extraDays: 0,
    monthlyRateCents: 0,
    baseCents,
    traineeshipTopUpCents: 0,
    fewerOpportunitiesTopUpCents: 0,
    greenTravelCents,
    totalCents: baseCents + greenTravelCents,
  };
}

/** Stored rate rows as the domain reads them: a row with an unknown action or group is skipped. */
export function toGrantRateRows<R extends Omit<GrantRateRow, "action" | "countryGroup"> & { action: string; countryGroup: number }>(
  rows: readonly R[],
): GrantRateRow[] {
  return rows.flatMap((r) =>
    isKeyAction(r.action) && (r.countryGroup === 1 || r.countryGroup === 2 || r.countryGroup === 3)
      ? [{ ...r, action: r.action, countryGroup: r.countryGroup }]
      : [],
  );
}
