// docs/domain.md §3 study-cycle cap: at most 12 months of Erasmus+ mobility per study cycle (24 in
// one-cycle programmes such as medicine), previous months included. The offer needs at least its
// minimum duration from what is left; less makes it ineligible.
import { isHigherEducationLearner } from "../participants";
import { ONE_CYCLE_CAP_MONTHS, STUDY_CYCLE_CAP_MONTHS } from "../placement-checks";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

const PARTIAL_FIT = 0.5;

export function capFactor(participant: MatchParticipant, offer: MatchOffer): FactorOutcome {
  // The cap concerns higher-education study cycles (as studyCycleCapCheck in placement-checks).
  if (!isHigherEducationLearner(participant.category)) return { reasons: [], fit: 1, blocks: false };
  const cap = participant.oneCycleProgramme ? ONE_CYCLE_CAP_MONTHS : STUDY_CYCLE_CAP_MONTHS;
  const previous = Math.max(0, participant.previousMobilityMonths);
  const remaining = Math.max(0, cap - previous);
  const params = { cap, previous, remaining, min: offer.durationMinMonths, max: offer.durationMaxMonths };
  const reason = (tone: MatchReason["tone"], code: string): MatchReason => ({ id: "cap", tone, code, params });
  if (remaining < offer.durationMinMonths) return { reasons: [reason("bad", "not-enough")], fit: 0, blocks: true };
  if (remaining < offer.durationMaxMonths) return { reasons: [reason("partial", "limited")], fit: PARTIAL_FIT, blocks: false };
  return { reasons: [reason("good", "enough")], fit: 1, blocks: false };
}
