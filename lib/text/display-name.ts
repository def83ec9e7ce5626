// Country and language names in the portal's locales, from data frozen into lib/text/names/
// (scripts/names-data.ts). Not Intl.DisplayNames at run time: Node's and the browser's ICU name many
// codes differently (or not at all), which broke hydration of every page with such a list
// (docs/decisions/0009-country-and-language-names-as-data.md). For server components, mails and the
// API; client components read their locale's lists with useNameOptions (components/i18n/names-context.tsx).
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { NAMES_DATA, type NamesOfLocale } from "./names";
import { pickOptions, type NameKind, type NameOption } from "./name-options";

export type { NameKind, NameOption } from "./name-options";

const maps = new Map<string, ReadonlyMap<string, string>>();

/** Both name lists of a locale (English for a locale the portal does not have). */
export function namesOfLocale(locale: string): NamesOfLocale {
  return NAMES_DATA[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

function namesOf(locale: string, kind: NameKind): ReadonlyMap<string, string> {
  const l: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const key = `${l}|${kind}`;
  let names = maps.get(key);
  if (!names) {
    names = new Map(NAMES_DATA[l][kind]);
    maps.set(key, names);
  }
  return names;
}

/** The name of an ISO region or language code in the locale (English for other locales), or the code itself when unknown. */
export function displayName(locale: string, kind: NameKind, code: string): string {
  return namesOf(locale, kind).get(code) ?? code;
}

/** The country's name in the locale, or the code itself when the names data does not know it. */
export function countryDisplayName(code: string, locale: string): string {
  return displayName(locale, "region", code);
}

/** Codes with their names in the locale's collation order, for a select (see pickOptions). */
export function nameOptions(locale: string, kind: NameKind, only?: readonly string[], keep: readonly (string | undefined)[] = []): NameOption[] {
  return pickOptions(namesOfLocale(locale)[kind], only, keep);
}
