import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./locales";
import { localisedPath } from "./negotiate";

export type LocaleParams<P = object> = { params: Promise<P & { locale: string }> };

/**
 * The page's locale from its URL, handed to next-intl for the whole render. Pages that should be
 * served from cache call it: without it next-intl reads a request header, which makes them dynamic.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** Canonical URL and hreflang alternates of a public page ("/stats" → /en/stats, /nl/stats, …). */
export function localeAlternates(locale: Locale, path: string): Metadata["alternates"] {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((l) => [l, localisedPath(l, path, "")]));
  languages["x-default"] = localisedPath(DEFAULT_LOCALE, path, "");
  return { canonical: localisedPath(locale, path, ""), languages };
}
