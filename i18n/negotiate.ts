import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";

// Pure helpers for proxy.ts: which locale a request is in, and where an unprefixed URL goes.

/** The locale a path starts with ("/nl/offers" → "nl"), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split("/")[1];
  return isLocale(first) ? first : null;
}

// Browsers send "no" (Norwegian) or "nn" (Nynorsk) where the portal has Bokmål ("nb").
const MACROLANGUAGE: Readonly<Record<string, string>> = { no: "nb", nn: "nb" };

/** The first language of Accept-Language the portal speaks; region variants count ("pt-BR" → "pt", "no-NO" → "nb"). */
export function fromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const first = tag.split("-")[0] ?? "";
    const base = MACROLANGUAGE[first] ?? first;
    const match = LOCALES.find((l) => l === tag || l === base);
    if (match) return match;
  }
  return undefined;
}

/** The visitor's language for a URL without one: the remembered choice, then the browser's. */
export function negotiateLocale(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  return fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

// Served as they are, never under a locale: the JSON API, auth callbacks, CV and data-export downloads, Next's own
// files, and files of public/ or app/ (a dot in the last segment: /icon.svg, /favicon.ico, /robots.txt).
const UNLOCALISED = /^\/(api|cv|my-data|_next)(\/|$)/;

/** Whether a page URL lacks its locale and must be redirected to /{locale}/…. */
export function needsLocalePrefix(pathname: string): boolean {
  if (localeOfPath(pathname) !== null || UNLOCALISED.test(pathname)) return false;
  const last = pathname.slice(pathname.lastIndexOf("/") + 1);
  return !last.includes(".");
}

/** Where an unprefixed page URL goes: the same path and query under the visitor's locale. */
export function localisedPath(locale: Locale, pathname: string, search: string): string {
  return `/${locale}${pathname === "/" ? "" : pathname}${search}`;
}
