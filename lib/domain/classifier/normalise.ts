// Case- and accent-insensitive matching: text and lexicon terms go through the same folding, so a
// contributor may write "Überwachung" or "uberwachung" alike.

// Letters NFD does not decompose, mapped the way a Nordic/German/Polish reader would accept
// (and the Greek final sigma, so "σ" in a pattern matches both forms).
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ø: "o",
  æ: "ae",
  ß: "ss",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ς: "σ",
  "\u2018": "'",
  "\u2019": "'",
  "\u201b": "'",
  "\u00b4": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
};

const COMBINING_MARKS = /\p{M}/gu;
/** Cyrillic keeps its letters (й stays й); only stress accents go (ѝ → и, ѐ → е). */
const CYRILLIC_STRESS = /[\u0300\u0301]/g;
const isCyrillic = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0x400 && code <= 0x4ff;
};
/**
 * Characters the per-character fold must see: everything but ASCII and the letters that fold to
 * themselves (unaccented lower-case Greek except ς, lower-case Russian/Bulgarian Cyrillic), so
 * that Greek and Bulgarian text does not pay a callback per letter.
 */
const NON_ASCII = /[^\x00-\x7f\u03b1-\u03c1\u03c3-\u03c9\u0430-\u044f]/g;
const foldCache = new Map<string, string>();

/**
 * Folds one lower-case non-ASCII character: "é" → "e", "æ" → "ae", combining marks → "";
 * Greek loses tonos and dialytika ("ά" → "α", "ΐ" → "ι", "ς" → "σ"); Cyrillic stays Cyrillic.
 */
function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded =
      SPECIAL_FOLDS[ch] ??
      (isCyrillic(ch) ? ch.normalize("NFD").replace(CYRILLIC_STRESS, "").normalize("NFC") : ch.normalize("NFD").replace(COMBINING_MARKS, ""));
    foldCache.set(ch, folded);
  }
  return folded;
}

export interface FoldedText {
  readonly text: string;
  /**
   * Where folding changed the length (æ → ae): pairs [folded index, shift], sorted; folded index i
   * maps to original index i − shift of the last pair at or before i. Empty: same indexes.
   */
  readonly shifts: readonly (readonly [number, number])[];
}

/** Maps an index of the folded text back to the original text. */
export function originalIndex(folded: FoldedText, index: number): number {
  const { shifts } = folded;
  let lo = 0;
  let hi = shifts.length - 1;
  let shift = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [at, value] = shifts[mid] as readonly [number, number];
    if (at <= index) {
      shift = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return index - shift;
}

/**
 * Lower-cases, strips diacritics and maps the special letters. Native lower-casing does the bulk;
 * only non-ASCII characters go through the per-character fold.
 */
export function foldWithOrigin(input: string): FoldedText {
  const lower = input.toLowerCase();
  if (lower.length !== input.length) return foldPerCharacter(input); // e.g. "İ" → "i̇"
  const shifts: [number, number][] = [];
  let shift = 0; // folded length − original length so far
  const text = lower.replace(NON_ASCII, (ch: string, offset: number) => {
    const folded = foldChar(ch);
    if (folded.length !== 1) {
      // Characters after this one move by the difference; extra folded characters of this one
      // map back onto it.
      for (let k = 1; k < folded.length; k++) shifts.push([offset + shift + k, shift + k]);
      shift += folded.length - 1;
      shifts.push([offset + shift + 1, shift]);
    }
    return folded;
  });
  return { text, shifts: normaliseShifts(shifts) };
}

/** Shift pairs as a step function: drop pairs that do not change the current shift. */
function normaliseShifts(pairs: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let current = 0;
  for (const [at, value] of pairs) {
    if (value === current) continue;
    const last = out[out.length - 1];
    if (last && last[0] === at) last[1] = value;
    else out.push([at, value]);
    current = value;
  }
  return out;
}

/** Slow path for characters whose lower case has another length. */
function foldPerCharacter(input: string): FoldedText {
  const pairs: [number, number][] = [];
  let text = "";
  for (let i = 0; i < input.length; i++) {
    const lower = (input[i] ?? "").toLowerCase();
    let folded = "";
    for (const c of lower) folded += c.charCodeAt(0) < 128 ? c : foldChar(c);
    for (let k = 0; k < folded.length; k++) pairs.push([text.length + k, text.length + k - i]);
    text += folded;
  }
  pairs.push([text.length, text.length - input.length]);
  return { text, shifts: normaliseShifts(pairs) };
}

/** Folds a lexicon term or any short string. */
export function foldText(input: string): string {
  return foldWithOrigin(input).text;
}
