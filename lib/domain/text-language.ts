// Which language a host's text is written in, for the offer editor's hint when the text and the
// offer's language setting disagree: search stems read that setting
// (docs/decisions/0010-search-in-every-language.md). Not an Erasmus+ rule, so not in
// docs/domain.md. Pure and small on purpose: the script decides Greek and the three Cyrillic
// languages by their own letters; Latin-script text is scored by its most frequent function
// words, which every language has and which rarely coincide. No language model, no I/O.

/** Frequent function words per language (lower case, as written); a word may serve several languages. */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ["the", "and", "of", "to", "with", "for", "you", "will", "our", "in", "on", "your", "is", "are", "we"],
  nl: ["de", "het", "een", "en", "van", "met", "voor", "je", "jij", "wij", "onze", "bij", "zijn", "naar", "ook", "wordt"],
  da: ["og", "at", "af", "til", "med", "som", "du", "vi", "vores", "det", "en", "for", "på", "skal", "hos", "kan"],
  nb: ["og", "å", "av", "til", "med", "som", "du", "vi", "vår", "våre", "det", "en", "for", "på", "skal", "hos", "ikke"],
  sv: ["och", "att", "av", "till", "med", "som", "du", "vi", "vår", "våra", "det", "en", "för", "på", "ska", "hos", "inte"],
  is: ["og", "að", "af", "til", "með", "sem", "þú", "við", "okkar", "það", "fyrir", "á", "í", "er", "ekki"],
  de: ["der", "die", "das", "und", "mit", "für", "von", "zu", "du", "sie", "wir", "unser", "unsere", "bei", "im", "ist", "ein", "eine"],
  fr: ["le", "la", "les", "et", "de", "des", "du", "avec", "pour", "vous", "nous", "notre", "nos", "une", "un", "dans", "au", "aux"],
  es: ["el", "la", "los", "las", "y", "de", "del", "con", "para", "por", "en", "nuestro", "nuestra", "una", "un", "tu", "se"],
  pt: ["o", "a", "os", "as", "e", "de", "do", "da", "dos", "das", "com", "para", "em", "no", "na", "nosso", "nossa", "uma", "um"],
  it: ["il", "lo", "la", "gli", "le", "e", "di", "del", "della", "con", "per", "in", "nel", "nella", "un", "una", "nostro", "nostra"],
  ro: ["și", "si", "de", "la", "cu", "pentru", "în", "din", "un", "o", "noastră", "nostru", "vei", "care", "pe", "să"],
  pl: ["i", "w", "z", "na", "do", "się", "dla", "oraz", "przy", "nasz", "nasze", "naszej", "jest", "będziesz", "od", "o"],
  cs: ["a", "v", "ve", "s", "se", "na", "do", "pro", "při", "naše", "náš", "je", "budete", "od", "k", "z"],
  sk: ["a", "v", "vo", "s", "sa", "na", "do", "pre", "pri", "naše", "náš", "je", "budete", "od", "k", "z", "ako"],
  sl: ["in", "v", "z", "s", "na", "za", "pri", "naše", "naš", "je", "boste", "od", "k", "ter", "se"],
  hr: ["i", "u", "s", "sa", "na", "za", "pri", "naše", "naš", "je", "ćete", "od", "k", "te", "se"],
  hu: ["a", "az", "és", "egy", "hogy", "nem", "van", "is", "meg", "vagy", "fogsz", "során", "számára"],
  fi: ["ja", "on", "ovat", "sinä", "me", "meidän", "tai", "kanssa", "myös", "sekä", "että", "olet", "tulet"],
  et: ["ja", "on", "sa", "sina", "me", "meie", "või", "koos", "ka", "et", "oled", "ning", "kus"],
  lv: ["un", "ir", "ar", "uz", "par", "mūsu", "jūs", "tu", "kā", "vai", "no", "pie", "būs"],
  lt: ["ir", "yra", "su", "į", "už", "mūsų", "jūs", "tu", "kaip", "ar", "iš", "prie", "bus"],
  ga: ["agus", "an", "na", "ar", "le", "do", "ag", "sa", "is", "tú", "ár", "leis", "go", "bhfuil"],
  mt: ["u", "il", "tal", "ta’", "li", "fil", "fuq", "għal", "ma’", "tagħna", "int", "se", "jew", "minn"],
  tr: ["ve", "bir", "ile", "için", "bu", "da", "de", "olarak", "bizim", "siz", "sen", "ekibimiz", "gibi"],
};

/**
 * Case endings that mark Finnish and Hungarian words (both have few function words): each word
 * ending so counts like a function word. Double vowels with ä/ö/y are Finnish only.
 */
const OWN_ENDINGS: Readonly<Record<string, RegExp>> = {
  fi: /(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|ksi|aan|ään|ien|isen|inen|oida|öidä|ää|yy|öö)$/u,
  hu: /(?:ban|ben|nak|nek|val|vel|hoz|hez|höz|ról|ről|ként|ás|és|ét)$/u,
};

/** Letters only one EU/programme language uses (among those offered), each a strong sign. */
const OWN_LETTERS: readonly (readonly [RegExp, string])[] = [
  [/[őű]/u, "hu"],
  [/[łąęśźń]/u, "pl"],
  [/[řůě]/u, "cs"],
  [/[ľĺŕô]/u, "sk"],
  [/[ħġċ]/u, "mt"],
  [/[şğı]/u, "tr"],
  [/[ðþ]/u, "is"],
  [/[țăș]/u, "ro"],
  [/[ėįų]/u, "lt"],
  [/[āēģīķļņ]/u, "lv"],
  [/[õ]/u, "et"],
];

const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/gu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
const LATIN = /[a-zà-ÿā-ž]/giu;

export type TextLanguage = { readonly language: string; readonly score: number };

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function cyrillicLanguage(text: string): string {
  // Macedonian ѓ ќ ѕ, Serbian ђ ћ, Bulgarian ъ щ (and ю я, which Serbian and Macedonian lack).
  if (/[ѓќѕ]/u.test(text)) return "mk";
  if (/[ђћ]/u.test(text)) return "sr";
  if (/[ъщюя]/u.test(text)) return "bg";
  return /[јљњџ]/u.test(text) ? "sr" : "bg";
}

/**
 * The language the text is most likely written in, or null when it is too short or unclear to say
 * (fewer than four function words, or a tie). `score` is the share of the text's words that are
 * function words of that language (0–1), for the caller to require a margin.
 */
export function detectTextLanguage(text: string): TextLanguage | null {
  const letters = { greek: count(text, GREEK), cyrillic: count(text, CYRILLIC), latin: count(text, LATIN) };
  if (letters.greek > letters.latin && letters.greek >= letters.cyrillic && letters.greek >= 20) return { language: "el", score: 1 };
  if (letters.cyrillic > letters.latin && letters.cyrillic >= 20) return { language: cyrillicLanguage(text), score: 1 };
  const words = text.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  if (words.length < 6) return null;
  const scores = new Map<string, number>();
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    scores.set(language, words.filter((w) => set.has(w.replace(/'/g, "’"))).length);
  }
  for (const [language, ending] of Object.entries(OWN_ENDINGS)) {
    scores.set(language, (scores.get(language) ?? 0) + words.filter((w) => w.length > 4 && ending.test(w)).length);
  }
  const lower = text.toLowerCase();
  for (const [letters, language] of OWN_LETTERS) if (letters.test(lower)) scores.set(language, (scores.get(language) ?? 0) + 3);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 4 || (second && second[1] === best[1])) return null;
  return { language: best[0], score: Math.min(1, best[1] / words.length) };
}
