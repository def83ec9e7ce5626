// English is the source locale; every other locale must have every key (tests/unit/messages.test.ts).
// The order is the EU's protocol order (each language sorted by its own name), as europa.eu lists them.
export const LOCALES = ["es", "da", "de", "en", "fr", "it", "hu", "nl", "pl", "pt"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language named in itself, written as the EU's own sites write it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  es: "español",
  da: "dansk",
  de: "Deutsch",
  en: "English",
  fr: "français",
  it: "italiano",
  hu: "magyar",
  nl: "Nederlands",
  pl: "polski",
  pt: "português",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
