// What the host is warned about before accepting an applicant for a period: the hard checks the
// international office will run on approval (placement-checks.ts, approval.ts), plus the offer's
// own duration and window. Only warnings: the host may accept anyway, and the office decides.
import { addMonthsMinusOneDay, compareDates, parseIsoDate } from "./dates";
import { type CheckParams, HARD_CHECK_IDS, type PlacementCheckInput, checkPlacement } from "./placement-checks";

export interface AcceptWarning {
  /** A placement check id, or "offer" for the offer's own terms. */
  readonly id: string;
  readonly code: string;
  readonly params: CheckParams;
  readonly message: string;
}

export interface OfferTerms {
  readonly durationMinMonths: number;
  readonly durationMaxMonths: number;
  /** "YYYY-MM-DD" */
  readonly earliestStart: string;
  readonly latestEnd: string;
}

function offerWarnings(start: string, end: string, offer: OfferTerms): AcceptWarning[] {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  if (!s || !e || compareDates(e, s) < 0) return [];
  const out: AcceptWarning[] = [];
  const minEnd = addMonthsMinusOneDay(s, offer.durationMinMonths);
  if (compareDates(e, minEnd) < 0) {
    out.push({ id: "offer", code: "shorter-than-offer", params: { months: offer.durationMinMonths }, message: `The offer asks for at least ${offer.durationMinMonths} months.` });
  }
  if (compareDates(e, addMonthsMinusOneDay(s, offer.durationMaxMonths)) > 0) {
    out.push({ id: "offer", code: "longer-than-offer", params: { months: offer.durationMaxMonths }, message: `The offer lasts at most ${offer.durationMaxMonths} months.` });
  }
  const first = parseIsoDate(offer.earliestStart);
  const last = parseIsoDate(offer.latestEnd);
  if ((first && compareDates(s, first) < 0) || (last && compareDates(e, last) > 0)) {
    out.push({
      id: "offer",
      code: "outside-window",
      params: { earliestStart: offer.earliestStart, latestEnd: offer.latestEnd },
      message: `The offer runs from ${offer.earliestStart} to ${offer.latestEnd}.`,
    });
  }
  return out;
}

/**
 * The failing hard checks for `input` (the office will refuse the approval on these) followed by
 * the offer's own terms the period breaks. Empty: nothing to warn about.
 */
export function acceptWarnings(input: PlacementCheckInput, offer: OfferTerms): AcceptWarning[] {
  const hard = checkPlacement(input)
    .checks.filter((c) => !c.ok && HARD_CHECK_IDS.includes(c.id))
    .map((c) => ({ id: c.id, code: c.code, params: c.params, message: c.message }));
  return [...hard, ...offerWarnings(input.start, input.end, offer)];
}
