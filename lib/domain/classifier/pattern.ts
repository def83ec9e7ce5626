// Compiles the small term language of the lexicon (see README.md) into a regular expression over
// folded text, plus the literal "anchors" that must occur in any match (used to skip terms cheaply).
import { foldText } from "./normalise";

// After folding, the Latin letters of every lexicon language are a–z, Greek is unaccented lower
// case (α–ω) and Cyrillic lower case (а–я, ѐ–џ): those and 0–9 are word characters (other scripts
// count as separators). Keep in step with isWordCode in text-structure.ts.
const LETTERS = "a-z0-9\\u03b1-\\u03c9\\u0430-\\u045f";
const WORD_CHAR = `[${LETTERS}]`;
const NOT_BEFORE = `(?<![${LETTERS}])`;
const NOT_AFTER = `(?![${LETTERS}])`;
/** Printable ASCII plus the Greek and Cyrillic letters folding leaves. */
const ALLOWED_IN_PATTERN = /^[\x20-\x7e\u03b1-\u03c9\u0430-\u045f]*$/;
const WORD_OR_STAR = /[a-z0-9\u03b1-\u03c9\u0430-\u045f*]/g;
// Separators never contain a line break or . ! ? ; so a match never crosses a sentence.
/** Between consecutive words: spaces, hyphens, slashes. */
const SEP = "[ \\t\\-/]+";
/** Around a gap ("..."): also commas, brackets, quotes, ampersands. */
const LOOSE_SEP = "[ \\t\\-/,()'\"&+]+";
const GAP_WORDS = 3;
const MIN_CHECK_ANCHOR = 3;
/** Function words occur in nearly every sentence of their language: useless as a check. */
const FUNCTION_WORDS = new Set([
  "and",
  "the",
  "for",
  "van",
  "het",
  "een",
  "met",
  "voor",
  "des",
  "les",
  "pour",
  "aux",
  "del",
  "los",
  "las",
  "con",
  "por",
  "para",
  "und",
  "der",
  "die",
  "das",
  "von",
  "mit",
  "til",
  "med",
  "och",
  "per",
  "dei",
  "della",
  "das",
  "dos",
  "nas",
  "nos",
  "sur",
  "sous",
  "une",
  "uno",
  "una",
]);

/** A literal piece every match contains, and whether it must start/end a word there. */
export interface Anchor {
  readonly text: string;
  readonly atWordStart: boolean;
  readonly atWordEnd: boolean;
}

export interface CompiledPattern {
  readonly source: string;
  /** Every required word gives one group; a match contains an anchor of each group. */
  readonly anchorGroups: readonly (readonly Anchor[])[];
  /** The group with the longest (rarest) anchors: its hits trigger the pattern. */
  readonly triggerGroup: number;
  /**
   * At most this many word tokens can start before the trigger anchor's token inside a match, or
   * null when a match may start elsewhere than at a word start (then the sentence is scanned).
   */
  readonly tokensBeforeTrigger: number | null;
  /**
   * Set for a single literal word ("python", "dashboard*", "*entwicklung*"): an anchor hit that
   * passes the word-boundary checks is then a match by itself, widened over the open ends.
   */
  readonly singleWord?: { readonly leftOpen: boolean; readonly rightOpen: boolean };
}

type Slot = { kind: "word"; alternatives: string[]; optional: boolean } | { kind: "gap" };

function parseSlots(pattern: string): Slot[] {
  const slots: Slot[] = [];
  const folded = foldText(pattern).trim();
  if (!ALLOWED_IN_PATTERN.test(folded)) {
    throw new Error(`Lexicon pattern "${pattern}" has letters outside a–z, Greek and Cyrillic after folding (see README)`);
  }
  for (const raw of folded.split(/\s+/)) {
    if (raw === "...") {
      slots.push({ kind: "gap" });
      continue;
    }
    const optional = raw.startsWith("[") && raw.endsWith("]");
    const body = optional ? raw.slice(1, -1) : raw;
    const alternatives = body.split("|").filter((a) => a.length > 0);
    if (alternatives.length === 0) throw new Error(`Empty word in lexicon pattern "${pattern}"`);
    // A joint must sit between two literal pieces: "web-" would swallow the next word.
    if (alternatives.some((a) => /(^[-_]|[-_]\*?$|^\*[-_])/.test(a))) {
      throw new Error(`Lexicon pattern "${pattern}": "-" and "_" must join two pieces`);
    }
    slots.push({ kind: "word", alternatives, optional });
  }
  if (slots[0]?.kind !== "word" || slots[slots.length - 1]?.kind !== "word") {
    throw new Error(`Lexicon pattern "${pattern}" must start and end with a word`);
  }
  return slots;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One word: "*" = any letters (start, middle or end), "-" = optional space/hyphen joint,
 * "_" = a space between two words of one alternative ("web_app*|website*").
 */
function wordSource(word: string): string {
  let out = "";
  const chars = [...word];
  chars.forEach((ch, i) => {
    if (ch === "*") out += i === 0 || i === chars.length - 1 ? `${WORD_CHAR}*` : `${WORD_CHAR}*?`;
    else if (ch === "-") out += "[ \\t\\-]?";
    else if (ch === "_") out += SEP;
    else out += escapeRegex(ch);
  });
  return out;
}

/** Characters that can end a word token inside a pattern word ("-", "_", "/", "." …). */
const tokenBreaks = (word: string) => word.replace(WORD_OR_STAR, "").length;

interface Piece {
  readonly anchor: Anchor;
  /** Token breaks before this piece within its word. */
  readonly breaksBefore: number;
}

function literalPieces(word: string): Piece[] {
  const parts = word.split(/([*_-])/); // separators at odd indexes
  const pieces: Piece[] = [];
  let consumed = "";
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i] ?? "";
    // A piece starts (ends) a word only when no "*" or joint stands before (after) it.
    if (text.length > 0) {
      pieces.push({
        anchor: { text, atWordStart: i === 0, atWordEnd: i === parts.length - 1 },
        breaksBefore: tokenBreaks(consumed),
      });
    }
    consumed += text + (parts[i + 1] ?? "");
  }
  return pieces;
}

function longestPiece(word: string): Piece {
  const bounds = (a: Anchor) => Number(a.atWordStart) + Number(a.atWordEnd);
  const pieces = literalPieces(word);
  return pieces.reduce<Piece>(
    (best, p) =>
      p.anchor.text.length > best.anchor.text.length || (p.anchor.text.length === best.anchor.text.length && bounds(p.anchor) > bounds(best.anchor)) ? p : best,
    { anchor: { text: "", atWordStart: false, atWordEnd: false }, breaksBefore: 0 },
  );
}

const alternation = (words: readonly string[]) => (words.length === 1 ? wordSource(words[0] ?? "") : `(?:${words.map(wordSource).join("|")})`);

export function compilePattern(pattern: string): CompiledPattern {
  const slots = parseSlots(pattern);
  let source = NOT_BEFORE;
  let needSep = false;
  let afterGap = false;
  for (const slot of slots) {
    if (slot.kind === "gap") {
      source += `(?:${LOOSE_SEP}${WORD_CHAR}+){0,${GAP_WORDS}}`;
      afterGap = true;
      continue;
    }
    const sep = afterGap ? LOOSE_SEP : SEP;
    const word = alternation(slot.alternatives);
    if (slot.optional) source += needSep ? `(?:${sep}${word})?` : `(?:${word}${SEP})?`;
    else {
      source += (needSep ? sep : "") + word;
      needSep = true;
      afterGap = false;
    }
  }
  const last = slots[slots.length - 1];
  const lastWordOpen = last?.kind === "word" && last.alternatives.every((a) => a.endsWith("*"));
  if (!lastWordOpen) source += NOT_AFTER;

  // One group per required word (or per piece of a one-alternative word), with the number of
  // word tokens that can precede its anchor inside a match.
  const groups: { anchors: Anchor[]; tokensBefore: number }[] = [];
  let tokensSoFar = 0;
  for (const slot of slots) {
    if (slot.kind === "gap") {
      tokensSoFar += GAP_WORDS;
      continue;
    }
    if (!slot.optional) {
      const only = slot.alternatives.length === 1 ? slot.alternatives[0] : undefined;
      if (only !== undefined) {
        for (const piece of literalPieces(only)) {
          groups.push({ anchors: [piece.anchor], tokensBefore: tokensSoFar + piece.breaksBefore });
        }
      } else {
        const pieces = slot.alternatives.map(longestPiece);
        groups.push({
          anchors: pieces.map((p) => p.anchor),
          tokensBefore: tokensSoFar + Math.max(...pieces.map((p) => p.breaksBefore)),
        });
      }
    }
    tokensSoFar += Math.max(...slot.alternatives.map((a) => 1 + tokenBreaks(a)));
  }
  const weakest = (group: { anchors: readonly Anchor[] }) => Math.min(...group.anchors.map((a) => a.text.length));
  let triggerGroup = 0;
  groups.forEach((group, i) => {
    const current = groups[triggerGroup];
    if (current && weakest(group) > weakest(current)) triggerGroup = i;
  });
  const trigger = groups[triggerGroup];
  if (!trigger || weakest(trigger) <= 0) {
    throw new Error(`Lexicon pattern "${pattern}" has no literal letters to anchor on`);
  }
  // Other groups only narrow the search; pieces shorter than 3 letters ("e" of e-mail, "de")
  // would hit nearly everywhere and cost more than they save.
  const checkGroups = groups.filter(
    (group, i) => i !== triggerGroup && weakest(group) >= MIN_CHECK_ANCHOR && !group.anchors.some((a) => FUNCTION_WORDS.has(a.text)),
  );
  const first = slots[0];
  const startsAtWord = first?.kind === "word" && first.alternatives.every((a) => /^[a-z0-9\u03b1-\u03c9\u0430-\u045f*]/.test(a));

  const only = slots.length === 1 && slots[0]?.kind === "word" ? slots[0].alternatives : [];
  const word = only.length === 1 ? (only[0] ?? "") : "";
  const singleWord = /^\*?[^*_-]+\*?$/.test(word) ? { leftOpen: word.startsWith("*"), rightOpen: word.endsWith("*") } : undefined;
  return {
    source,
    anchorGroups: [trigger.anchors, ...checkGroups.map((g) => g.anchors)],
    triggerGroup: 0,
    tokensBeforeTrigger: startsAtWord ? trigger.tokensBefore : null,
    ...(singleWord ? { singleWord } : {}),
  };
}
