// Light stemming for the offer search in the languages offers are written in
// (docs/decisions/0010-search-in-every-language.md). Pure: no I/O.
//
// A stem here is always a PREFIX of the word: one inflectional or derivational ending is cut
// off, nothing else changes (no umlauts, no undoubling, no vowel changes as Snowball does). The
// full-text index then matches the stem as a prefix, so "programmierung" (stem "programmier")
// finds "Programmierer" and "programmieren", and "programowaniu" (stem "programowan") finds
// "programowanie". Because every stem is a prefix, the documents need no stems of their own: the
// index keeps plain words (as before) plus the offer's language, and a query word matches an
// offer written in language L when the word or its stem in L is a prefix of one of its words.
//
// The endings are compared on a folded copy of the word (lower case, diacritics removed, ł → l,
// ø → o …: what both databases' folding does to letters), and the stem is cut from the word
// itself at the same character, so the database folds it as it folds the word.

/** The languages with an ending table, ISO 639-1. Offers in other languages match words and prefixes only. */
export const STEM_LANGUAGES = [
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "hr",
  "hu",
  "it",
  "lt",
  "lv",
  "mk",
  "nb",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "sr",
  "sv",
] as const;
export type StemLanguage = (typeof STEM_LANGUAGES)[number];

/** A stem keeps at least this many characters (shorter ones would match too much as prefixes). */
export const MIN_STEM_LENGTH = 4;

// Czech and Slovak share their adjective and noun case endings.
const CS_SK_CASE_ENDINGS = ["ach", "ami", "eho", "emu", "ych", "ymi", "ich", "imi", "ovi"];
const CS_SK_SHORT_ENDINGS = ["ou", "u", "y", "a", "e", "i", "o"];

/**
 * Endings per language, folded (no diacritics). The longest ending that leaves at least
 * MIN_STEM_LENGTH characters is cut. Kept to endings that mark inflection or a common
 * derivation of the same word family; the cut keeps the part the family shares
 * (Danish "udvikling"/"udvikler" → "udvikl", Spanish "programación"/"programador" → "programa").
 */
const ENDINGS: Record<StemLanguage, readonly string[]> = {
  // Danish: definite/plural endings of nouns, -ing/-er/-else derivations, verb endings.
  da: [
    "ingerne",
    "ingens",
    "ingen",
    "inger",
    "ing",
    "elsen",
    "elser",
    "else",
    "ernes",
    "erens",
    "erne",
    "eren",
    "ere",
    "ende",
    "ene",
    "ens",
    "ers",
    "ets",
    "en",
    "er",
    "et",
    "es",
    "e",
    "s",
  ],
  // German: -ung(en), agent nouns -er/-erin(nen), verb endings, case/plural endings.
  de: ["ungen", "ung", "erinnen", "erin", "heiten", "heit", "keiten", "keit", "ern", "ers", "er", "en", "em", "es", "e", "n", "s"],
  // English: plurals, -ing, -ed, agent nouns -er.
  en: ["ings", "ing", "ers", "er", "ed", "es", "s"],
  // Spanish: -ción/-dor families keep the thematic vowel, gender/number, infinitives, gerunds.
  es: [
    "ciones",
    "cion",
    "dores",
    "doras",
    "dora",
    "dor",
    "mente",
    "idades",
    "idad",
    "istas",
    "ista",
    "ando",
    "iendo",
    "os",
    "as",
    "es",
    "ar",
    "er",
    "ir",
    "o",
    "a",
    "e",
    "s",
  ],
  // French: -tion/-teur/-ment families, gender/number, infinitives, participles.
  fr: [
    "ements",
    "ement",
    "tions",
    "tion",
    "trices",
    "trice",
    "teurs",
    "teur",
    "euses",
    "euse",
    "eurs",
    "eur",
    "ites",
    "ite",
    "ives",
    "ive",
    "ifs",
    "if",
    "ees",
    "ee",
    "es",
    "er",
    "ez",
    "e",
    "s",
    "x",
  ],
  // Italian: -zione/-tore families, -ità, infinitives, gerunds, participles, gender/number.
  it: [
    "zioni",
    "zione",
    "tori",
    "tore",
    "trici",
    "trice",
    "mente",
    "ita",
    "isti",
    "iste",
    "ista",
    "are",
    "ere",
    "ire",
    "ando",
    "endo",
    "ati",
    "ate",
    "ato",
    "ata",
    "i",
    "e",
    "o",
    "a",
  ],
  // Dutch: -ing(en), -heid/-heden, plurals -en/-s, agent nouns -aar(s)/-er(s).
  nl: ["ingen", "ing", "heden", "heid", "aars", "aar", "ers", "er", "en", "es", "e", "s"],
  // Polish: noun, adjective and verb case endings (-anie/-ania/-aniu …, -ów, -ach, -ami, -ego …).
  pl: [
    "iami",
    "iach",
    "iego",
    "iemu",
    "ymi",
    "imi",
    "ach",
    "ami",
    "ego",
    "emu",
    "ych",
    "ich",
    "iem",
    "iom",
    "owi",
    "ow",
    "om",
    "em",
    "ej",
    "ie",
    "ia",
    "iu",
    "ii",
    "a",
    "e",
    "i",
    "y",
    "o",
    "u",
  ],
  // Portuguese: -ção/-dor families, -mente, -idade, gender/number.
  pt: ["coes", "cao", "dores", "doras", "dora", "dor", "mente", "idades", "idade", "istas", "ista", "os", "as", "es", "ar", "er", "ir", "o", "a", "e", "s"],
  // Czech: verbal nouns (-ování, -ání, -ení), adjective and noun case endings.
  cs: ["ovanim", "ovani", "ovat", "anim", "enim", "ani", "eni", ...CS_SK_CASE_ENDINGS, "um", "em", ...CS_SK_SHORT_ENDINGS],
  // Slovak: as Czech, with -ovanie/-anie/-enie and their case forms.
  sk: ["ovanie", "ovania", "ovaniu", "ovat", "anie", "ania", "aniu", "enie", "enia", "eniu", ...CS_SK_CASE_ENDINGS, "om", ...CS_SK_SHORT_ENDINGS],
  // Croatian: verbal nouns (-iranje, -anje) and noun/adjective case endings.
  hr: ["iranje", "iranja", "iranju", "iranjem", "anje", "anja", "anju", "anjem", "ima", "ama", "om", "em", "og", "oj", "ih", "a", "e", "i", "o", "u"],
  // Slovenian: verbal nouns (-iranje, -anje) and case endings, dual included.
  sl: ["iranje", "iranja", "iranju", "iranjem", "anje", "anja", "anju", "anjem", "ami", "ama", "ih", "im", "om", "em", "ov", "ev", "a", "e", "i", "o", "u"],
  // Romanian: -are/-ator families, definite articles and plurals (-ul, -ului, -ele, -ilor).
  ro: ["atorilor", "atori", "ator", "area", "arii", "are", "ului", "elor", "ilor", "ii", "ul", "le", "ea", "a", "e", "i"],
  // Hungarian: one case or derivational suffix (-ás/-és, -ban/-ben, -nak/-nek, -val/-vel …).
  hu: [
    "aban",
    "eben",
    "asa",
    "ese",
    "ban",
    "ben",
    "bol",
    "nak",
    "nek",
    "val",
    "vel",
    "hoz",
    "hez",
    "rol",
    "ert",
    "ok",
    "ek",
    "ak",
    "as",
    "es",
    "on",
    "en",
    "t",
  ],
  // Finnish: case endings (-ssa, -sta, -lla, -lle, -ksi …) and plural/partitive forms.
  fi: ["issa", "ista", "illa", "ilta", "ille", "ineen", "ssa", "sta", "lla", "lta", "lle", "ksi", "aan", "ien", "iin", "na", "ta", "ja", "en", "n", "t", "a"],
  // Estonian: verbal nouns (-mine/-mise …) and case endings.
  et: ["misega", "misest", "misele", "misel", "mise", "mine", "mist", "dega", "ga", "le", "lt", "ks", "ni", "st", "de", "id", "d", "s", "t"],
  // Latvian: verbal nouns (-šana) and noun case endings.
  lv: ["sanas", "sanai", "sanu", "sana", "am", "as", "ai", "os", "us", "is", "es", "a", "e", "i", "s", "u"],
  // Lithuanian: verbal nouns (-avimas …) and noun case endings.
  lt: ["avimas", "avimo", "avimui", "avima", "imas", "imo", "uose", "ose", "ams", "ais", "as", "is", "ys", "us", "ai", "o", "a", "e", "i", "u"],
  // Norwegian Bokmål: as Danish, -ing families with definite/plural forms.
  nb: ["ingene", "ingen", "inger", "ing", "elsen", "elser", "else", "erne", "eren", "ere", "ende", "ene", "en", "er", "et", "e", "s"],
  // Greek (folded: no tonos): noun and adjective case endings, -ση/-σεις included; final sigma
  // both as typed (ς) and as a capital word lower-cases without context (σ).
  el: ["εις", "εων", "ους", "ουσ", "ος", "οσ", "ου", "οι", "ων", "ης", "ησ", "ες", "εσ", "ας", "ασ", "α", "η", "ο", "ε", "ι"],
  // Bulgarian: verbal nouns (-ане/-ене) with their article, agent nouns, plural and article endings.
  bg: ["ането", "енето", "ане", "ене", "ите", "ът", "ят", "то", "те", "и", "а", "я", "е", "о"],
  // Serbian (Cyrillic): verbal nouns (-ирање, -ање) and case endings.
  sr: ["ирање", "ирања", "ирању", "ирањем", "ање", "ања", "ању", "ањем", "има", "ама", "ом", "ем", "ог", "ој", "их", "а", "е", "и", "о", "у"],
  // Macedonian: verbal nouns (-ирање, -ање) with their article, plural and article endings.
  mk: ["ирањето", "ирање", "ањето", "ање", "ите", "от", "та", "то", "те", "и", "а", "е", "о"],
  // Swedish: -ing/-ning families with their definite/plural forms, -het, plurals, definite endings.
  sv: [
    "ingarna",
    "ingar",
    "ingen",
    "ing",
    "heterna",
    "heten",
    "het",
    "arna",
    "erna",
    "orna",
    "ande",
    "ende",
    "aren",
    "are",
    "ar",
    "er",
    "or",
    "en",
    "et",
    "na",
    "a",
    "e",
    "s",
  ],
};

// Longest first, so the first ending that fits is the longest.
const SORTED = new Map<StemLanguage, readonly string[]>(STEM_LANGUAGES.map((l) => [l, [...ENDINGS[l]].sort((a, b) => b.length - a.length)]));

// Letters that are not a base letter plus combining marks (NFD leaves them alone).
const FOLD_EXTRA: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ħ: "h", ı: "i", ŀ: "l", ŧ: "t" };

/** The word folded one character per character (so positions in both agree): lower case, no marks. */
export function foldChars(word: string): string[] {
  return Array.from(word.toLowerCase(), (ch) => FOLD_EXTRA[ch] ?? (ch.normalize("NFD").replace(/\p{M}+/gu, "") || ch));
}

/**
 * The stem of a (lower-case) word in a language: the word without its longest ending from the
 * language's table that leaves at least MIN_STEM_LENGTH characters; the word itself when none fits.
 * Always a prefix of the word.
 */
export function stemWord(word: string, language: StemLanguage): string {
  const chars = Array.from(word);
  const folded = foldChars(word);
  if (folded.some((c) => c.length !== 1)) return word; // a letter folding to several: leave it
  const flat = folded.join("");
  for (const ending of SORTED.get(language) ?? []) {
    if (flat.length - ending.length < MIN_STEM_LENGTH) continue;
    if (flat.endsWith(ending)) return chars.slice(0, chars.length - ending.length).join("");
  }
  return word;
}

export function isStemLanguage(language: string): language is StemLanguage {
  return (STEM_LANGUAGES as readonly string[]).includes(language);
}

/**
 * A query word's expansions: each stem that differs from the word, with the languages whose
 * offers it applies to. The language of a query is unknown, so every language's stem is tried,
 * but only against offers written in that language (a stem is kept with its languages even when
 * another language's stem is a prefix of it).
 */
export function stemExpansions(word: string): { stem: string; languages: StemLanguage[] }[] {
  const byStem = new Map<string, StemLanguage[]>();
  for (const language of STEM_LANGUAGES) {
    const stem = stemWord(word, language);
    if (stem === word) continue;
    byStem.set(stem, [...(byStem.get(stem) ?? []), language]);
  }
  return [...byStem].map(([stem, languages]) => ({ stem, languages }));
}
