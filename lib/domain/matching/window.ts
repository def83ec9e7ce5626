// Timing: can this participant still apply, and can the traineeship fit the offer's window and,
// around graduation, the docs/domain.md §3 recent-graduate rule?
import { type CalendarDate, addMonthsMinusOneDay, compareDates, formatIsoDate, toDayNumber } from "../dates";
import { type OfferDurationRange, offerDurationRange, periodEnd } from "../offer-terms";
import { RECENT_GRADUATE_WINDOW_MONTHS } from "../placement-checks";
import { type ParticipantCategory, isRecentGraduateCategory } from "../participants";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

const later = (a: CalendarDate, b: CalendarDate) => (compareDates(a, b) >= 0 ? a : b);

/** The first day the traineeship could start: the offer's earliest start, or today if that has passed. */
export function earliestPossibleStart(offer: MatchOffer, today: CalendarDate): CalendarDate {
  return later(offer.earliestStart, today);
}

/**
 * The longest duration of the offer's range (months, or days when it is given in days) from
 * `start` that ends by `limit`; 0 when none does.
 */
function lengthThatFits(start: CalendarDate, { unit, min, max }: OfferDurationRange, limit: CalendarDate): number {
  if (unit === "days") {
    const room = toDayNumber(limit) - toDayNumber(start) + 1;
    return room >= min ? Math.min(max, room) : 0;
  }
  for (let months = max; months >= min; months--) {
    if (compareDates(addMonthsMinusOneDay(start, months), limit) <= 0) return months;
  }
  return 0;
}

/** The reason codes that name a length carry "-days" (and a {days} parameter) for a range in days. */
const lengthCode = (code: string, range: OfferDurationRange) => (range.unit === "days" ? `${code}-days` : code);
const lengthParam = (length: number, range: OfferDurationRange): Record<string, number> => ({ [range.unit]: length });

const PARTIAL_FIT = 0.5;

export function datesFactor(offer: MatchOffer, today: CalendarDate): FactorOutcome {
  const start = earliestPossibleStart(offer, today);
  const range = offerDurationRange(offer);
  const params = {
    deadline: formatIsoDate(offer.applicationDeadline),
    daysLeft: toDayNumber(offer.applicationDeadline) - toDayNumber(today),
    start: formatIsoDate(start),
    latestEnd: formatIsoDate(offer.latestEnd),
    min: range.min,
    max: range.max,
  };
  const reason = (tone: MatchReason["tone"], code: string, extra: Record<string, number> = {}): MatchReason => ({
    id: "dates",
    tone,
    code,
    params: { ...params, ...extra },
  });
  if (compareDates(offer.applicationDeadline, today) < 0) return { reasons: [reason("bad", "deadline-passed")], fit: 0, blocks: true };
  const length = lengthThatFits(start, range, offer.latestEnd);
  if (length === 0) return { reasons: [reason("bad", lengthCode("window-closed", range))], fit: 0, blocks: true };
  if (length < range.max)
    return { reasons: [reason("partial", lengthCode("window-shortened", range), lengthParam(length, range))], fit: PARTIAL_FIT, blocks: false };
  return { reasons: [reason("good", "open")], fit: 1, blocks: false };
}

const isLearner = (c: ParticipantCategory) => c === "HE_STUDENT" || c === "VET_LEARNER";

/**
 * docs/domain.md §3 recent graduates: selected on or before graduation, and the traineeship ends within
 * 12 months after it (graduation + 12 months − 1 day, as in lib/domain/placement-checks). A student
 * whose traineeship would run past graduation does it as a recent graduate, under the same rule.
 * Staff have no graduation: no reason.
 */
export function graduationFactor(participant: MatchParticipant, offer: MatchOffer, today: CalendarDate): FactorOutcome {
  const none: FactorOutcome = { reasons: [], fit: 1, blocks: false };
  const { category, graduationDate: graduation, selectedOn } = participant;
  const recentGraduate = isRecentGraduateCategory(category);
  if (!recentGraduate && !isLearner(category)) return none;
  if (!graduation) {
    return recentGraduate ? { reasons: [{ id: "graduation", tone: "partial", code: "missing-date", params: {} }], fit: PARTIAL_FIT, blocks: false } : none;
  }
  const start = earliestPossibleStart(offer, today);
  const range = offerDurationRange(offer);
  const limit = addMonthsMinusOneDay(graduation, RECENT_GRADUATE_WINDOW_MONTHS);
  const shortestEnd = periodEnd(start, range.min, range.unit);
  const params = {
    graduation: formatIsoDate(graduation),
    latestEnd: formatIsoDate(limit),
    start: formatIsoDate(start),
    shortestEnd: formatIsoDate(shortestEnd),
    min: range.min,
    max: range.max,
  };
  const reason = (tone: MatchReason["tone"], code: string, extra: Record<string, string | number> = {}): MatchReason => ({
    id: "graduation",
    tone,
    code,
    params: { ...params, ...extra },
  });
  const block = (code: string, extra: Record<string, string | number> = {}): FactorOutcome => ({ reasons: [reason("bad", code, extra)], fit: 0, blocks: true });

  if (isLearner(category) && compareDates(shortestEnd, graduation) <= 0) {
    return { reasons: [reason("good", "ends-before-graduation")], fit: 1, blocks: false };
  }
  // From here the traineeship runs past graduation, so it is a recent graduate's: selection must
  // come first (a student's profile may simply not have caught up with graduation yet).
  if (selectedOn && compareDates(selectedOn, graduation) > 0) return block("selected-after-graduation", { selectedOn: formatIsoDate(selectedOn) });
  if (!selectedOn && compareDates(today, graduation) > 0) return block("graduated-unselected");
  const length = lengthThatFits(start, range, limit);
  if (length === 0) return block("ends-too-late");
  // A student whose traineeship runs past graduation: fine, but the rule above now applies.
  if (isLearner(category)) return { reasons: [reason("partial", "as-recent-graduate", lengthParam(length, range))], fit: PARTIAL_FIT, blocks: false };
  if (length < range.max)
    return { reasons: [reason("partial", lengthCode("shorter-than-max", range), lengthParam(length, range))], fit: PARTIAL_FIT, blocks: false };
  return { reasons: [reason("good", "ends-in-time")], fit: 1, blocks: false };
}
