// Calendar dates for the seed, as Date at 00:00 UTC (the schema's convention for calendar dates).
// Everything the seed dates is relative to a reference date, so deadlines stay in the future.
import { addMonthsMinusOneDay, calendarDateOf, utcDate } from "@/lib/domain/dates";

export { startOfUtcDay, utcDate } from "@/lib/domain/dates";

const MS_PER_DAY = 86_400_000;

/** The default reference date: the first day of the current month, UTC. */
export function firstOfCurrentMonthUtc(now: Date = new Date()): Date {
  return utcDate(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * MS_PER_DAY);
}

/** Same day n months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  return addDays(periodEnd(date, months), 1);
}

/** docs/domain.md §3: the last day of a period of `months` months starting on `start` (start + months − 1 day). */
export function periodEnd(start: Date, months: number): Date {
  const end = addMonthsMinusOneDay(calendarDateOf(start), months);
  return utcDate(end.y, end.m, end.d);
}

/** The first day of the month `months` after the reference date's month. */
export function monthStart(reference: Date, months: number): Date {
  return utcDate(reference.getUTCFullYear(), reference.getUTCMonth() + 1 + months, 1);
}
