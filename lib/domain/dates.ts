// Plain calendar dates ("YYYY-MM-DD"), computed in UTC day numbers so no local time zone or
// daylight-saving shift can move a date.

export interface CalendarDate {
  readonly y: number;
  readonly m: number; // 1–12
  readonly d: number; // 1–31
}

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Parses "YYYY-MM-DD"; null for any other shape or an impossible date such as 2025-02-30. */
export function parseIsoDate(s: string): CalendarDate | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber(date: CalendarDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** docs/domain.md §3: days are counted inclusive of start and end (1 March–29 April = 60 days). */
export function inclusiveDayCount(start: CalendarDate, end: CalendarDate): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
}

/**
 * docs/domain.md §3: the last day of a period of `months` calendar months starting on `start`,
 * i.e. start + months − 1 day (31 Jan 2025 + 12 months → 30 Jan 2026).
 * When the same day does not exist in the target month (start 29 Feb 2024, or 31 Jan + 1 month),
 * the period ends on the last day of that month (28 Feb 2025; 28 Feb), as in Regulation 1182/71
 * on time limits: a period never runs into the month after its target month.
 */
export function addMonthsMinusOneDay(start: CalendarDate, months: number): CalendarDate {
  const monthIndex = start.y * 12 + (start.m - 1) + months;
  const y = Math.floor(monthIndex / 12);
  const m = (monthIndex % 12) + 1;
  const lastDay = daysInMonth(y, m);
  if (start.d > lastDay) return { y, m, d: lastDay };
  return addDays({ y, m, d: start.d }, -1);
}

// DateTime columns hold calendar dates at 00:00 UTC (the schema's convention). These read and
// build such Dates in UTC only: a local-time getter would shift the day east or west of UTC.

/** A Date's UTC calendar day as "YYYY-MM-DD". */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** isoDate, or null for a missing date (an optional column). */
export function isoDateOrNull(date: Date | null | undefined): string | null {
  return date ? isoDate(date) : null;
}

/** A Date's UTC calendar day as a CalendarDate. */
export function calendarDateOf(date: Date): CalendarDate {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The Date at 00:00 UTC of a calendar day; m is 1–12 (out-of-range months and days roll over, as Date.UTC does). */
export function utcDate(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

/** Drops any time of day: 00:00 UTC of the same UTC day. */
export function startOfUtcDay(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "YYYY-MM-DD" → the Date at 00:00 UTC of that day (an Invalid Date for any other text). */
export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}
