// Skills overlap: the participant's skills against the offer's required skills and the words of
// its title and tasks. Skills are free text in any EU language, so both sides are compared as
// sequences of words folded like the DOT classifier folds text (lower case, accents removed,
// æ → ae, ß → ss): "Python 3" contains "Python", but "JavaScript" does not contain "Java".
import { foldText } from "../classifier/normalise";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

/** Splits a free-text skill list (one per line; commas and semicolons also separate). */
export function parseSkillList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n\r,;]+/)) {
    const skill = raw.trim().replace(/\s+/g, " ");
    const key = skillWords(skill).join(" ");
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(skill);
    }
  }
  return out;
}

/** Folded words; "+", "#" and inner dots stay so C++, C# and Node.js survive. */
export function skillWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}

function containsSequence<T>(haystack: ArrayLike<T>, needle: ArrayLike<T>): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Two skills are the same when one's words appear, in order, in the other's ("React" ~ "React Native"). */
export function skillsOverlap(a: string, b: string): boolean {
  const wa = skillWords(a);
  const wb = skillWords(b);
  return containsSequence(wa, wb) || containsSequence(wb, wa);
}

// Share of the skills fit that covering the required skills earns; the rest comes from the
// participant's other skills appearing in the title or tasks (two mentions earn it all).
const REQUIRED_SHARE = 0.8;
const MENTIONS_FOR_FULL_CREDIT = 2;
const MENTIONS_WITHOUT_REQUIREMENTS = 3;

/**
 * Which of the offer's required skills the participant has, and which of the participant's other
 * skills its title or tasks mention — from words prepared once (skillWords, or any tokens standing
 * for them one to one: the search's ranking passes word numbers).
 */
export function skillsMeet<T>(
  skills: readonly ArrayLike<T>[],
  required: readonly ArrayLike<T>[],
  text: ArrayLike<T>,
): { matched: boolean[]; mentioned: boolean[] } {
  const overlap = (a: ArrayLike<T>, b: ArrayLike<T>) => containsSequence(a, b) || containsSequence(b, a);
  return {
    matched: required.map((r) => skills.some((s) => overlap(s, r))),
    mentioned: skills.map((s) => !required.some((r) => overlap(s, r)) && containsSequence(text, s)),
  };
}

/**
 * skillsFit straight from the words, allocating nothing (the search's ranking scores 100k offers
 * with it): the counts skillsMeet would give.
 */
export function skillsFitOfWords<T>(skills: readonly ArrayLike<T>[], required: readonly ArrayLike<T>[], text: ArrayLike<T>): number {
  let matched = 0;
  for (const r of required) {
    for (const s of skills) {
      if (containsSequence(s, r) || containsSequence(r, s)) {
        matched++;
        break;
      }
    }
  }
  let mentioned = 0;
  outer: for (const s of skills) {
    for (const r of required) if (containsSequence(s, r) || containsSequence(r, s)) continue outer;
    if (containsSequence(text, s)) mentioned++;
  }
  return skillsFit(skills.length, required.length, matched, mentioned);
}

/** The skills fit from the counts (the participant's skills, the offer's required ones, matched, mentioned). */
export function skillsFit(skillCount: number, requiredCount: number, matchedCount: number, mentionedCount: number): number {
  if (skillCount === 0) return 0;
  return requiredCount > 0
    ? REQUIRED_SHARE * (matchedCount / requiredCount) + (1 - REQUIRED_SHARE) * Math.min(1, mentionedCount / MENTIONS_FOR_FULL_CREDIT)
    : Math.min(1, mentionedCount / MENTIONS_WITHOUT_REQUIREMENTS);
}

export function skillsFactor(participant: MatchParticipant, offer: MatchOffer): FactorOutcome {
  const required = offer.requiredSkills;
  const meet = skillsMeet(participant.skills.map(skillWords), required.map(skillWords), skillWords(`${offer.title}\n${offer.tasks}`));
  const matchedRequired = required.filter((_, i) => meet.matched[i]);
  const missing = required.filter((_, i) => !meet.matched[i]);
  const mentioned = participant.skills.filter((_, i) => meet.mentioned[i]);
  const params = {
    matchedCount: matchedRequired.length,
    requiredCount: required.length,
    mentionedCount: mentioned.length,
    missingCount: missing.length,
  };
  const lists = { matched: matchedRequired, mentioned, missing };
  const reason = (tone: MatchReason["tone"], code: string): MatchReason => ({ id: "skills", tone, code, params, lists });

  const fit = skillsFit(participant.skills.length, required.length, matchedRequired.length, mentioned.length);
  if (participant.skills.length === 0) return { reasons: [reason("partial", "no-skills")], fit, blocks: false };
  if (required.length > 0 && missing.length === 0) return { reasons: [reason("good", "all-required")], fit, blocks: false };
  if (matchedRequired.length > 0) return { reasons: [reason("partial", "some-required")], fit, blocks: false };
  if (mentioned.length > 0) {
    // Without required skills, words of the tasks are all there is to go on.
    const tone = required.length === 0 && mentioned.length >= MENTIONS_FOR_FULL_CREDIT ? "good" : "partial";
    return { reasons: [reason(tone, "mentioned-only")], fit, blocks: false };
  }
  return { reasons: [reason("bad", "none")], fit, blocks: false };
}
