// Sentences and word tokens of a folded text, in one pass over character classes: evidence is
// reported per sentence, tool/action combinations must share one, and negation looks a few
// words around a term.

export interface Span {
  readonly start: number;
  readonly end: number; // exclusive
}

export interface TextStructure {
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  readonly sentences: readonly Span[];
  /**
   * Per character: index of the last token starting at or before it (-1 before the first).
   * A shared buffer, valid until the next analyseStructure call.
   */
  readonly tokenAt: Int32Array;
  /** Per character: index of the last sentence starting at or before it (0 before the first). Shared buffer too. */
  readonly sentenceAt: Int32Array;
}

const isBullet = (code: number) => code === 0x2022 || code === 0x25aa || code === 0x25cf || code === 0x25e6;

/**
 * Word characters of folded text: a–z, 0–9, Greek α–ω and Cyrillic а–я, ѐ–џ (folding maps the
 * Latin letters of every lexicon language onto a–z and Greek onto unaccented lower case; other
 * scripts count as separators, as in the lexicon patterns). Keep in step with WORD_CLASS in
 * pattern.ts.
 */
export function isWordCode(code: number): boolean {
  return code < 128 ? WORD_CODES[code] === 1 : (code >= 0x3b1 && code <= 0x3c9) || (code >= 0x430 && code <= 0x45f);
}
const WORD_CODES = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0));

/** Maps an index of the folded text to the original (identity unless folding changed lengths). */
export type OriginOf = (foldedIndex: number) => number;

const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11;
const isEndPunctuation = (code: number) => code === 46 || code === 33 || code === 63 || code === 59; // . ! ? ;

/**
 * Sentences end at ". ! ? ;" followed by white space (or the end), at line breaks and at bullets.
 * A full stop does not end a sentence when the next word starts in lower case in the original
 * ("e.g. social media"). Leading bullets, dashes and spaces are trimmed; wordless pieces dropped.
 */
export function analyseStructure(folded: string, original: string, originOf: OriginOf): TextStructure {
  const starts: number[] = [];
  const ends: number[] = [];
  const sentences: Span[] = [];
  const length = folded.length;
  if (scratch.tokenAt.length < length + 1) scratch.tokenAt = new Int32Array(Math.max(length + 1, scratch.tokenAt.length * 2));
  const tokenAt = scratch.tokenAt;
  let sentenceStart = 0;
  let inToken = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? folded.charCodeAt(i) : 32;
    if (i < length && isWordCode(code)) {
      if (!inToken) {
        starts.push(i);
        inToken = true;
      }
      tokenAt[i] = starts.length - 1;
      continue;
    }
    tokenAt[i] = starts.length - 1;
    if (inToken) {
      ends.push(i);
      inToken = false;
    }
    if (i === length) break;
    if (code === 10 || isBullet(code)) {
      pushSentence(sentences, folded, sentenceStart, i);
      sentenceStart = i + 1;
    } else if (isEndPunctuation(code)) {
      let j = i;
      while (j < length && isEndPunctuation(folded.charCodeAt(j))) j++;
      if (j === length || isSpaceCode(folded.charCodeAt(j))) {
        const next = j < length ? originOf(j) : original.length;
        if (!(code === 46 && continuesInLowerCase(original, next))) {
          pushSentence(sentences, folded, sentenceStart, j);
          sentenceStart = j;
        }
      }
      tokenAt.fill(starts.length - 1, i, j); // the loop skips to j
      i = j - 1;
    }
  }
  pushSentence(sentences, folded, sentenceStart, length);
  return {
    tokenStarts: starts,
    tokenEnds: ends,
    sentences,
    tokenAt,
    sentenceAt: sentenceIndexes(
      sentences.map((s) => s.start),
      length,
      0,
    ),
  };
}

// Reused between calls (analysis is synchronous; a structure is only read before the next call).
const scratch = { tokenAt: new Int32Array(1024), sentenceAt: new Int32Array(1024) };

/** For each position: the index of the last sentence starting at or before it. */
function sentenceIndexes(starts: readonly number[], length: number, before: number): Int32Array {
  if (scratch.sentenceAt.length < length + 1) {
    scratch.sentenceAt = new Int32Array(Math.max(length + 1, scratch.sentenceAt.length * 2));
  }
  const at = scratch.sentenceAt;
  at.fill(before, 0, Math.min(starts[0] ?? length + 1, length + 1));
  for (let k = 0; k < starts.length; k++) {
    at.fill(k, starts[k] as number, k + 1 < starts.length ? (starts[k + 1] as number) : length + 1);
  }
  return at;
}

function continuesInLowerCase(original: string, from: number): boolean {
  for (let i = from; i < original.length; i++) {
    const ch = original[i] ?? "";
    if (isSpaceCode(ch.charCodeAt(0))) continue;
    return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  }
  return false;
}

function pushSentence(sentences: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  for (let code = text.charCodeAt(s); s < e && (isSpaceCode(code) || code === 45 || code === 42 || isBullet(code));) {
    code = text.charCodeAt(++s); // leading spaces, "-", "*" and bullets
  }
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  for (let i = s; i < e; i++) {
    if (isWordCode(text.charCodeAt(i))) {
      sentences.push({ start: s, end: e });
      return;
    }
  }
}
