// Country and language names in the portal's locales, from data frozen into lib/text/names-data.ts
// (scripts/names-data.ts). Not Intl.DisplayNames at run time: Node's and the browser's ICU name many
// codes differently (or not at all), which broke hydration of every page with such a list
// (docs/decisions/0009-country-and-language-names-as-data.md). Pure: used by server and client
// components, mails and the API.
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { NAMES_DATA } from "./names-data";

export type NameKind = "region" | "language";
export type NameOption = { code: string; name: string };

const maps = new Map<string, ReadonlyMap<string, string>>();

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

/**
 * Codes with their names in the locale's collation order (sorted when the data was generated), for a
 * select: `only` keeps those codes (every one when absent), `keep` adds codes already chosen that
 * `only` would leave out, so a stored value never disappears from its list.
 */
export function nameOptions(locale: string, kind: NameKind, only?: readonly string[], keep: readonly (string | undefined)[] = []): NameOption[] {
  const l: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const wanted = only ? new Set([...only, ...keep.filter((c): c is string => Boolean(c))]) : null;
  return NAMES_DATA[l][kind].filter(([code]) => !wanted || wanted.has(code)).map(([code, name]) => ({ code, name }));
}
