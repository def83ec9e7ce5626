// Match ranking for a signed-in participant: a 0–100 score per offer with its reasons in plain
// words (the page renders `match.reasons.<id>.<code>`), and whether Erasmus+ could fund it at all.
// Pure and deterministic: `today` is a parameter, nothing is read from the clock or a database.
import type { CalendarDate } from "../dates";
import { capFactor } from "./cap";
import { eligibilityFactor } from "./eligibility";
import { fieldFactor } from "./field";
import { languageFactor } from "./language";
import { skillsFactor } from "./skills";
import type { FactorOutcome, MatchFactorId, MatchOffer, MatchParticipant, MatchReason, MatchResult } from "./types";
import { datesFactor, graduationFactor } from "./window";

export * from "./types";
export { parseSkillList, skillWords, skillsOverlap, skillsMeet, skillsFit, skillsFitOfWords } from "./skills";
export { cefrRank } from "./language";
export { FIELD_FITS, fieldFitFor, fieldFactor } from "./field";
export { eligibilityFactor } from "./eligibility";
export { capFactor } from "./cap";
export { languageFactor } from "./language";
export { datesFactor, graduationFactor } from "./window";

/**
 * Score = Σ weight × fit, fit ∈ [0, 1] per factor, rounded; the weights sum to 100.
 * - skills 35: what the host asks for most directly (required skills, then words of the tasks);
 * - language 20: the working language decides whether the traineeship can work at all;
 * - field 20: whether the studies prepare for the offer's DOT activities;
 * - dates 15: room in the offer's window, and around graduation (the lower of the two fits);
 * - cap 10: months left in the study cycle beyond the offer's minimum.
 * Eligibility (country, action, category, host type) does not add points: it is a gate. An
 * ineligible offer keeps its score, so students see how well it would have fitted, but ranks
 * after every eligible one.
 */
export const SCORE_WEIGHTS = { skills: 35, language: 20, field: 20, dates: 15, cap: 10 } as const;

/**
 * The 0–100 score from the factors' fits. The one formula: matchOffer uses it, and so does the
 * search's ranking, which memoises each factor's fit (lib/server/services/offer-search/match-ranking.ts).
 */
export function matchScore(skills: number, language: number, field: number, dates: number, graduation: number, cap: number): number {
  const weighted =
    SCORE_WEIGHTS.skills * skills +
    SCORE_WEIGHTS.language * language +
    SCORE_WEIGHTS.field * field +
    SCORE_WEIGHTS.dates * Math.min(dates, graduation) +
    SCORE_WEIGHTS.cap * cap;
  return Math.max(0, Math.min(100, Math.round(weighted)));
}

export function matchOffer(participant: MatchParticipant, offer: MatchOffer, today: CalendarDate): MatchResult {
  const eligibility = eligibilityFactor(participant, offer, today);
  const cap = capFactor(participant, offer);
  const graduation = graduationFactor(participant, offer, today);
  const dates = datesFactor(offer, today);
  const skills = skillsFactor(participant, offer);
  const language = languageFactor(participant, offer);
  const field = fieldFactor(participant, offer);
  const all: FactorOutcome[] = [eligibility, cap, graduation, dates, skills, language, field];

  return {
    score: matchScore(skills.fit, language.fit, field.fit, dates.fit, graduation.fit, cap.fit),
    eligible: all.every((f) => !f.blocks),
    // Fixed factor order (MATCH_FACTOR_IDS), so the list is stable for the same inputs.
    reasons: all.flatMap((f) => f.reasons),
  };
}

/** Eligible first, then higher score; 0 when equal (callers add their own tie-break). */
export function compareMatches(a: MatchResult, b: MatchResult): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  return b.score - a.score;
}

// Factors that can make an offer ineligible: their bad reasons always come first.
const BLOCKING: ReadonlySet<MatchFactorId> = new Set(["eligibility", "cap", "graduation", "dates"]);
// Otherwise the factors that weigh most in the score tell the most.
const DISPLAY_ORDER: readonly MatchFactorId[] = ["skills", "language", "field", "graduation", "dates", "cap", "eligibility"];

/** A reason that makes the offer ineligible (the result's `eligible` is false because of it). */
export function isBlockingReason(reason: MatchReason): boolean {
  return reason.tone === "bad" && BLOCKING.has(reason.id);
}

/** The `count` reasons that explain a result best: why it is ineligible, else the heaviest factors. */
export function topReasons(result: MatchResult, count = 2): MatchReason[] {
  const rank = (r: MatchReason) => (isBlockingReason(r) ? -1 : DISPLAY_ORDER.indexOf(r.id));
  return result.reasons
    .map((reason, index) => ({ reason, index }))
    .sort((a, b) => rank(a.reason) - rank(b.reason) || a.index - b.index)
    .slice(0, count)
    .map((x) => x.reason);
}

// What a host weighs in an applicant: the person's skills, languages and studies. The funding
// rules (eligibility, months left, dates) are the office's and the portal's to check, not the host's.
const APPLICANT_FACTORS: ReadonlySet<MatchFactorId> = new Set(["skills", "language", "field"]);

/** The `count` reasons that tell a host most about an applicant, heaviest factor first. */
export function applicantReasons(result: MatchResult, count = 2): MatchReason[] {
  return topReasons({ ...result, reasons: result.reasons.filter((r) => APPLICANT_FACTORS.has(r.id)) }, count);
}
