// English is the source locale; every other locale must have every key (tests/unit/messages.test.ts).
// The order is the EU's protocol order (each language sorted by its own name), as europa.eu lists
// them, then the main languages of the other Erasmus+ programme countries.
export const LOCALES = [
  "bg",
  "es",
  "cs",
  "da",
  "de",
  "et",
  "el",
  "en",
  "fr",
  "ga",
  "hr",
  "it",
  "lv",
  "lt",
  "hu",
  "mt",
  "nl",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "fi",
  "sv",
  "is",
  "nb",
  "mk",
  "sr",
  "tr",
] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language named in itself, written as the EU's own sites write it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  bg: "български",
  es: "español",
  cs: "čeština",
  da: "dansk",
  de: "Deutsch",
  et: "eesti",
  el: "ελληνικά",
  en: "English",
  fr: "français",
  ga: "Gaeilge",
  hr: "hrvatski",
  it: "italiano",
  lv: "latviešu",
  lt: "lietuvių",
  hu: "magyar",
  mt: "Malti",
  nl: "Nederlands",
  pl: "polski",
  pt: "português",
  ro: "română",
  sk: "slovenčina",
  sl: "slovenščina",
  fi: "suomi",
  sv: "svenska",
  is: "íslenska",
  nb: "norsk bokmål",
  mk: "македонски",
  sr: "српски",
  tr: "Türkçe",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
