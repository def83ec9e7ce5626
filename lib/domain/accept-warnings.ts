// What the host is warned about before accepting an applicant for a period: the hard checks the
// international office will run on approval (placement-checks.ts, approval.ts), plus the offer's
// own duration and window. Only warnings: the host may accept anyway, and the office decides.
import { compareDates, parseIsoDate } from "./dates";
import { type OfferDurationColumns, offerDurationRange, periodEnd } from "./offer-terms";
import { type CheckParams, HARD_CHECK_IDS, type PlacementCheckInput, checkPlacement } from "./placement-checks";

export interface AcceptWarning {
  /** A placement check id, or "offer" for the offer's own terms. */
  readonly id: string;
  readonly code: string;
  readonly params: CheckParams;
  readonly message: string;
}

/** The offer's range: in days when both day columns are set (docs/domain.md §3a), else months. */
export interface OfferTerms extends OfferDurationColumns {
  /** "YYYY-MM-DD" */
  readonly earliestStart: string;
  readonly latestEnd: string;
}

function offerWarnings(start: string, end: string, offer: OfferTerms): AcceptWarning[] {
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  if (!s || !e || compareDates(e, s) < 0) return [];
  const out: AcceptWarning[] = [];
  const { unit, min, max } = offerDurationRange(offer);
  // The codes of a range in days carry a "-days" suffix and a {days} parameter.
  const suffix = unit === "days" ? "-days" : "";
  if (compareDates(e, periodEnd(s, min, unit)) < 0) {
    out.push({ id: "offer", code: `shorter-than-offer${suffix}`, params: { [unit]: min }, message: `The offer asks for at least ${min} ${unit}.` });
  }
  if (compareDates(e, periodEnd(s, max, unit)) > 0) {
    out.push({ id: "offer", code: `longer-than-offer${suffix}`, params: { [unit]: max }, message: `The offer lasts at most ${max} ${unit}.` });
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
