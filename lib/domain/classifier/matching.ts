// Finding where lexicon patterns match a text: folding, sentences and tokens, anchor scan,
// regex confirmation and negation. Module-level scratch buffers are reset on every call
// (analysis is synchronous); the matches are read through matchesOf() until the next call.
import type { ActivityId } from "../activities";
import { ANCHOR_HAS_SINGLE_WORDS, ANCHOR_HAS_TRIGGERS, ANCHOR_IN_GROUPS, type Engine, matcherRegex } from "./engine";
import { ENGINE } from "./compiled";
import { type FoldedText, foldWithOrigin, originalIndex } from "./normalise";
import { type Span, analyseStructure, isWordCode } from "./text-structure";

/** Words a negation cue may stand before a term ("no se requieren conocimientos de …"). */
const NEGATION_WORDS_BEFORE = 5;
/** Words a cue may stand after a term ("… skills are not required"). */
const NEGATION_WORDS_AFTER = 4;
/** A negation does not reach across these. */
const CLAUSE_BREAK = /[,:;()]/;

export interface Document {
  readonly original: string;
  readonly text: string;
  readonly folded: FoldedText;
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  readonly sentences: readonly Span[];
  readonly tokenAt: Int32Array;
  readonly sentenceAt: Int32Array;
  /** Matchers with usable (non-negated) matches, and those matches (see MATCHES). */
  readonly matched: number[];
  readonly exceptionCache: Map<ActivityId, readonly Span[]>;
}

export function analyse(original: string): Document {
  const folded = foldWithOrigin(original);
  const text = folded.text;
  const structure = analyseStructure(text, original, (i) => originalIndex(folded, i));
  const doc: Document = {
    original,
    text,
    folded,
    tokenStarts: structure.tokenStarts,
    tokenEnds: structure.tokenEnds,
    sentences: structure.sentences,
    tokenAt: structure.tokenAt,
    sentenceAt: structure.sentenceAt,
    matched: [],
    exceptionCache: new Map(),
  };
  findRawMatches(doc);
  dropNegated(doc);
  return doc;
}

// Scratch buffers, reused across calls: bit i of a mask = "in sentence i" (bit 31: sentence ≥ 31).
const anchorMasks = new Int32Array(ENGINE.anchors.length);
// Trigger hits as linked lists: firstHit[anchor] → hit index → nextHit[hit] → … (-1 ends).
const firstHit = new Int32Array(ENGINE.anchors.length).fill(-1);
let hitPosition = new Int32Array(256);
let nextHit = new Int32Array(256);
let hitCount = 0;

function recordHit(anchorId: number, position: number): void {
  if (hitCount === hitPosition.length) {
    const grownPosition = new Int32Array(hitCount * 2);
    grownPosition.set(hitPosition);
    hitPosition = grownPosition;
    const grownNext = new Int32Array(hitCount * 2);
    grownNext.set(nextHit);
    nextHit = grownNext;
  }
  hitPosition[hitCount] = position;
  nextHit[hitCount] = firstHit[anchorId] as number;
  firstHit[anchorId] = hitCount++;
}
const matcherMasks = new Int32Array(ENGINE.matchers.length);
const touchedAnchors: number[] = [];
const touchedMatchers: number[] = [];
const sentenceBit = (sentence: number) => (sentence < 31 ? 1 << sentence : 1 << 31);

/**
 * All matches per matcher, negation not yet applied. Single-word patterns are decided by their
 * anchor hit alone. Other patterns need an anchor of each required word in the same sentence;
 * their regex is then tried at the few word starts a match could begin at (or, for patterns
 * not starting with a letter, over the sentence). A match never crosses a sentence.
 */
// Matches per matcher id for the text being classified: RAW before negation, MATCHES after.
// Entries are cleared at the start of each call (classification is synchronous).
const RAW: (Span[] | undefined)[] = new Array(ENGINE.matchers.length);
const MATCHES: (readonly Span[] | undefined)[] = new Array(ENGINE.matchers.length);
const rawMatched: number[] = [];
const previousMatched: number[] = [];

function addRaw(matcher: number, span: Span): void {
  const spans = RAW[matcher];
  if (!spans) {
    RAW[matcher] = [span];
    rawMatched.push(matcher);
  } else if ((spans[spans.length - 1] as Span).end <= span.start) spans.push(span); // else: same word again
}

function findRawMatches(doc: Document): void {
  const { text, sentenceAt } = doc;
  for (const matcher of rawMatched) RAW[matcher] = undefined;
  rawMatched.length = 0;
  touchedAnchors.length = 0;
  touchedMatchers.length = 0;
  hitCount = 0;
  const index = ENGINE.anchorIndex;
  const { flags, singleStart, singleMatcher, singleOpen } = ENGINE.anchorTables;
  const hits = index.scan(text);
  for (let h = 0; h < hits; h++) {
    const anchorId = index.hitAnchors[h] as number;
    const last = index.hitLasts[h] as number;
    const flag = flags[anchorId] as number;
    if (flag & ANCHOR_IN_GROUPS) {
      if (anchorMasks[anchorId] === 0) touchedAnchors.push(anchorId);
      anchorMasks[anchorId] = (anchorMasks[anchorId] as number) | sentenceBit(sentenceAt[last] as number);
      // Recorded by the anchor's first character: its word is where a match's words are counted from.
      if (flag & ANCHOR_HAS_TRIGGERS) recordHit(anchorId, last - (index.lengths[anchorId] as number) + 1);
    }
    if ((flag & ANCHOR_HAS_SINGLE_WORDS) === 0) continue;
    const first = last - (index.lengths[anchorId] as number) + 1;
    const end = singleStart[anchorId + 1] as number;
    for (let k = singleStart[anchorId] as number; k < end; k++) {
      const open = singleOpen[k] as number;
      addRaw(singleMatcher[k] as number, {
        start: open & 1 ? wordStart(text, first) : first,
        end: open & 2 ? wordEnd(text, last + 1) : last + 1,
      });
    }
  }

  for (const anchorId of touchedAnchors) {
    for (const matcher of (ENGINE.anchors[anchorId] as Engine["anchors"][number]).triggers) {
      if (matcherMasks[matcher] === 0) touchedMatchers.push(matcher);
      matcherMasks[matcher] = (matcherMasks[matcher] as number) | (anchorMasks[anchorId] as number);
    }
  }
  for (const matcherId of touchedMatchers) {
    let mask = matcherMasks[matcherId] as number;
    matcherMasks[matcherId] = 0;
    const matcher = ENGINE.matchers[matcherId] as Engine["matchers"][number];
    for (let g = 1; g < matcher.anchorGroups.length && mask !== 0; g++) {
      let groupMask = 0;
      for (const anchorId of matcher.anchorGroups[g] as readonly number[]) groupMask |= anchorMasks[anchorId] as number;
      mask &= groupMask;
    }
    if (mask === 0) continue;
    const spans = matcher.tokensBeforeTrigger === null ? scanSentences(matcherRegex(matcher), mask, doc) : tryAtWordStarts(matcher, mask, doc);
    if (spans.length > 0) {
      RAW[matcherId] = spans;
      rawMatched.push(matcherId);
    }
  }
  for (const anchorId of touchedAnchors) {
    anchorMasks[anchorId] = 0;
    firstHit[anchorId] = -1;
  }
}

function scanSentences(regex: RegExp, mask: number, doc: Document): Span[] {
  const spans: Span[] = [];
  doc.sentences.forEach((sentence, index) => {
    if ((mask & sentenceBit(index)) === 0) return;
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    regex.lastIndex = 0;
    for (let m = regex.exec(sentenceText); m !== null; m = regex.exec(sentenceText)) {
      spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    }
  });
  return spans;
}

const triggerHits: number[] = [];

/** One sticky attempt per word start that could begin a match around each trigger hit. */
function tryAtWordStarts(matcher: Engine["matchers"][number], mask: number, doc: Document): Span[] {
  const { text, tokenStarts, tokenAt, sentenceAt, sentences } = doc;
  const back = matcher.tokensBeforeTrigger ?? 0;
  const sticky = matcherRegex(matcher);
  const hits = triggerHits;
  hits.length = 0;
  for (const anchorId of matcher.anchorGroups[0] ?? []) {
    for (let hit = firstHit[anchorId] as number; hit >= 0; hit = nextHit[hit] as number) hits.push(hitPosition[hit] as number);
  }
  if (hits.length > 1) hits.sort((a, b) => a - b);
  const spans: Span[] = [];
  let covered = -1; // end of the last match: later attempts start after it
  for (const first of hits) {
    const sentenceIndex = sentenceAt[first] as number;
    if ((mask & sentenceBit(sentenceIndex)) === 0 || first < covered) continue;
    const sentenceStart = (sentences[sentenceIndex] as Span).start;
    const anchorToken = Math.max(0, tokenAt[first] as number);
    for (let t = Math.max(0, anchorToken - back); t <= anchorToken; t++) {
      const start = tokenStarts[t] as number;
      if (start < sentenceStart || start < covered) continue;
      sticky.lastIndex = start;
      // test() leaves lastIndex at the match end and builds no match array
      if (sticky.test(text) && sticky.lastIndex > start) {
        spans.push({ start, end: sticky.lastIndex });
        covered = sticky.lastIndex;
        break;
      }
    }
  }
  return spans;
}

function wordStart(text: string, from: number): number {
  let i = from;
  while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
  return i;
}

function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

// Negation roles per matcher, as bits (a Set lookup per match would cost more).
const BEFORE = 1;
const AFTER = 2;
const NOT_NEGATION = 4;
// Never negated: cue phrases themselves and exception-only phrases.
const CUE_ONLY = 8;
const CUE_ROLE = Uint8Array.from(
  ENGINE.matchers,
  (_, m) =>
    (ENGINE.negationsBefore.has(m) ? BEFORE : 0) |
    (ENGINE.negationsAfter.has(m) ? AFTER : 0) |
    (ENGINE.notNegations.has(m) ? NOT_NEGATION : 0) |
    (ENGINE.cueOnly.has(m) || ENGINE.exceptionOnly.has(m) ? CUE_ONLY : 0),
);

/** Keeps the non-negated matches: MATCHES and doc.matched. */
function dropNegated(doc: Document): void {
  const before: Span[] = [];
  const after: Span[] = [];
  const notNegations: Span[] = [];
  for (const matcher of rawMatched) {
    const role = CUE_ROLE[matcher] as number;
    if (role === 0) continue;
    const spans = RAW[matcher] as Span[];
    if (role & BEFORE) before.push(...spans);
    if (role & AFTER) after.push(...spans);
    if (role & NOT_NEGATION) notNegations.push(...spans);
  }
  const real = (cue: Span) => !notNegations.some((n) => overlaps(n, cue)); // "not only" is no negation
  const cuesBefore = before.filter(real);
  const cuesAfter = after.filter(real);
  const noCues = cuesBefore.length === 0 && cuesAfter.length === 0;
  for (const matcher of previousMatched) MATCHES[matcher] = undefined;
  previousMatched.length = 0;
  for (const matcher of rawMatched) {
    const spans = RAW[matcher] as Span[];
    const usable = noCues || (CUE_ROLE[matcher] as number) & CUE_ONLY ? spans : spans.filter((span) => !isNegated(span, cuesBefore, cuesAfter, doc));
    if (usable.length > 0) {
      MATCHES[matcher] = usable;
      doc.matched.push(matcher);
      previousMatched.push(matcher);
    }
  }
}

/** Simple negation: a cue a few words before ("no programming") or after ("… not required"). */
function isNegated(span: Span, before: readonly Span[], after: readonly Span[], doc: Document): boolean {
  const sentence = doc.sentences[sentenceIndexOf(span.start, doc)];
  if (!sentence) return false;
  const firstToken = doc.tokenAt[span.start] ?? 0;
  const windowStart = Math.max(sentence.start, doc.tokenStarts[Math.max(0, firstToken - NEGATION_WORDS_BEFORE)] ?? 0);
  const negatedBefore = before.some((cue) => cue.start >= windowStart && cue.end <= span.start && !CLAUSE_BREAK.test(doc.text.slice(cue.end, span.start)));
  if (negatedBefore) return true;
  const lastToken = doc.tokenAt[span.end - 1] ?? 0;
  const windowEnd = Math.min(sentence.end, doc.tokenEnds[Math.min(doc.tokenEnds.length - 1, lastToken + NEGATION_WORDS_AFTER)] ?? span.end);
  return after.some((cue) => cue.start >= span.end && cue.end <= windowEnd && !CLAUSE_BREAK.test(doc.text.slice(span.end, cue.start)));
}

export function sentenceIndexOf(position: number, doc: Document): number {
  return doc.sentenceAt[position] ?? 0;
}

/** The usable (non-negated) matches of a matcher in the text last analysed. */
export function matchesOf(matcher: number): readonly Span[] | undefined {
  return MATCHES[matcher];
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
