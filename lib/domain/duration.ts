import { type CalendarDate, addMonthsMinusOneDay, compareDates, formatIsoDate, inclusiveDayCount, parseIsoDate } from "./dates";

// docs/domain.md §3: at least 60 days, at most 12 months.
export const MIN_DURATION_DAYS = 60;
export const MAX_DURATION_MONTHS = 12;

export type DurationProblem = "invalid-start" | "invalid-end" | "end-before-start" | "too-short" | "too-long";

export interface DurationRuleResult {
  readonly ok: boolean;
  readonly problem: DurationProblem | null;
  /** Inclusive day count; 0 when a date is invalid or the end precedes the start. */
  readonly days: number;
  /** The latest allowed end date ("YYYY-MM-DD"), when the start date is valid. */
  readonly latestEnd: string | null;
}

export interface DurationLimits {
  readonly minDays: number;
  readonly maxMonths: number;
}

/**
 * docs/domain.md §3: ≥ 60 days inclusive, and end ≤ start + 12 months − 1 day. Other formats (§3a) pass
 * their own minimum; their day maximum is checked by the caller from `days`.
 */
export function durationRule(
  start: string,
  end: string,
  limits: DurationLimits = { minDays: MIN_DURATION_DAYS, maxMonths: MAX_DURATION_MONTHS },
): DurationRuleResult {
  const startDate = parseIsoDate(start);
  if (!startDate) return { ok: false, problem: "invalid-start", days: 0, latestEnd: null };
  const latest = addMonthsMinusOneDay(startDate, limits.maxMonths);
  const latestEnd = formatIsoDate(latest);
  const endDate = parseIsoDate(end);
  if (!endDate) return { ok: false, problem: "invalid-end", days: 0, latestEnd };
  if (compareDates(endDate, startDate) < 0) return { ok: false, problem: "end-before-start", days: 0, latestEnd };
  const days = inclusiveDayCount(startDate, endDate);
  if (days < limits.minDays) return { ok: false, problem: "too-short", days, latestEnd };
  if (compareDates(endDate, latest) > 0) return { ok: false, problem: "too-long", days, latestEnd };
  return { ok: true, problem: null, days, latestEnd };
}

export interface MonthsSpan {
  /** Whole calendar months from the start (each ending on start + n months − 1 day). */
  readonly wholeMonths: number;
  /** Days left after the whole months (0–30). */
  readonly extraDays: number;
  /** wholeMonths + extraDays / 30: the figure counted against the study-cycle cap. */
  readonly months: number;
}

/**
 * Months of a placement as counted for the study-cycle cap (docs/domain.md §3).
 * Convention: whole calendar months, plus the remaining days as a fraction of a 30-day month
 * (the §4 grant convention). Calendar months rather than days ÷ 30 rounded up, because the latter
 * would count a legal full-year placement (365 or 366 days) as 13 months and break the 12-month cap
 * on its own. Example: 1 Mar–29 Apr = 1 month + 29 days = 1.97 months; 1 Jan–31 Dec = 12 months.
 */
export function monthsForCap(start: CalendarDate, end: CalendarDate): MonthsSpan {
  if (compareDates(end, start) < 0) return { wholeMonths: 0, extraDays: 0, months: 0 };
  let wholeMonths = 0;
  while (compareDates(addMonthsMinusOneDay(start, wholeMonths + 1), end) <= 0) wholeMonths += 1;
  const lastWholeMonthEnd = wholeMonths === 0 ? null : addMonthsMinusOneDay(start, wholeMonths);
  const extraDays = lastWholeMonthEnd === null ? inclusiveDayCount(start, end) : inclusiveDayCount(lastWholeMonthEnd, end) - 1;
  return { wholeMonths, extraDays, months: wholeMonths + extraDays / 30 };
}
