// Can an offer's period actually be filled? The earliest start, latest end and minimum duration
// must leave room for the shortest traineeship, and applications must close before the last day
// on which such a traineeship could still start. Shared by the schema, the services and the editor.
// A range in days (docs/domain.md §3a: staff, short-term traineeships) is read in days.
import { type CalendarDate, compareDates, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from "./dates";
import { type DurationUnit, periodEnd } from "./offer-terms";

export type OfferWindowProblem =
  | { readonly code: "window-too-short"; readonly field: "latestEnd"; readonly shortestEnd: string }
  | { readonly code: "deadline-after-latest-start"; readonly field: "applicationDeadline"; readonly latestStart: string };

export interface OfferWindowInput {
  readonly earliestStart: string;
  readonly latestEnd: string;
  readonly applicationDeadline: string;
  readonly durationMinMonths: number;
  /** Set when the offer's range is in days (lib/domain/offer-terms.ts); then it is the shortest duration. */
  readonly durationMinDays?: number | null;
}

/**
 * The last start date from which `length` calendar months (or days) still end by `latestEnd`, or
 * null when not even `earliestStart` works. The end of a period never moves back as its start
 * moves on, so a binary search over days is exact (month ends make a closed formula awkward).
 */
export function latestOfferStart(earliestStart: CalendarDate, latestEnd: CalendarDate, length: number, unit: DurationUnit = "months"): CalendarDate | null {
  const fits = (day: number) => compareDates(periodEnd(fromDayNumber(day), length, unit), latestEnd) <= 0;
  let lo = toDayNumber(earliestStart);
  if (!fits(lo)) return null;
  let hi = toDayNumber(latestEnd);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return fromDayNumber(lo);
}

/** Problems with the offer's period; empty when it can be filled. Unparseable dates are the schema's job. */
export function offerWindowProblems(input: OfferWindowInput): OfferWindowProblem[] {
  const start = parseIsoDate(input.earliestStart);
  const end = parseIsoDate(input.latestEnd);
  const unit: DurationUnit = input.durationMinDays != null ? "days" : "months";
  const length = unit === "days" ? input.durationMinDays! : input.durationMinMonths;
  if (!start || !end || !Number.isInteger(length) || length < 1 || compareDates(end, start) < 0) return [];
  const latestStart = latestOfferStart(start, end, length, unit);
  if (!latestStart) {
    return [{ code: "window-too-short", field: "latestEnd", shortestEnd: formatIsoDate(periodEnd(start, length, unit)) }];
  }
  const deadline = parseIsoDate(input.applicationDeadline);
  if (deadline && compareDates(deadline, latestStart) > 0) {
    return [{ code: "deadline-after-latest-start", field: "applicationDeadline", latestStart: formatIsoDate(latestStart) }];
  }
  return [];
}

/** The message key each problem is shown with (offerEditor namespace, shipped with the editor). */
export const OFFER_WINDOW_MESSAGES: Record<OfferWindowProblem["code"], string> = {
  "window-too-short": "offerEditor.windowTooShort",
  "deadline-after-latest-start": "offerEditor.deadlineAfterLatestStart",
};
