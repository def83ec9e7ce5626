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

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
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

export function skillsFactor(participant: MatchParticipant, offer: MatchOffer): FactorOutcome {
  const required = offer.requiredSkills;
  const matchedRequired = required.filter((r) => participant.skills.some((s) => skillsOverlap(s, r)));
  const missing = required.filter((r) => !matchedRequired.includes(r));
  const textWords = skillWords(`${offer.title}\n${offer.tasks}`);
  const mentioned = participant.skills.filter(
    (s) => !required.some((r) => skillsOverlap(s, r)) && containsSequence(textWords, skillWords(s)),
  );
  const params = {
    matchedCount: matchedRequired.length,
    requiredCount: required.length,
    mentionedCount: mentioned.length,
    missingCount: missing.length,
  };
  const lists = { matched: matchedRequired, mentioned, missing };
  const reason = (tone: MatchReason["tone"], code: string): MatchReason => ({ id: "skills", tone, code, params, lists });

  if (participant.skills.length === 0) {
    return { reasons: [reason("partial", "no-skills")], fit: 0, blocks: false };
  }
  const fit =
    required.length > 0
      ? REQUIRED_SHARE * (matchedRequired.length / required.length) +
        (1 - REQUIRED_SHARE) * Math.min(1, mentioned.length / MENTIONS_FOR_FULL_CREDIT)
      : Math.min(1, mentioned.length / MENTIONS_WITHOUT_REQUIREMENTS);
  if (required.length > 0 && missing.length === 0) return { reasons: [reason("good", "all-required")], fit, blocks: false };
  if (matchedRequired.length > 0) return { reasons: [reason("partial", "some-required")], fit, blocks: false };
  if (mentioned.length > 0) {
    // Without required skills, words of the tasks are all there is to go on.
    const tone = required.length === 0 && mentioned.length >= MENTIONS_FOR_FULL_CREDIT ? "good" : "partial";
    return { reasons: [reason(tone, "mentioned-only")], fit, blocks: false };
  }
  return { reasons: [reason("bad", "none")], fit, blocks: false };
}
