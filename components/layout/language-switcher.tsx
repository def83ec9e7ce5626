"use client";
import { useSyncExternalStore } from "react";
import { useLocale } from "next-intl";
import { LOCALES, LOCALE_NAMES } from "@/i18n/locales";
import { usePathname } from "@/i18n/navigation";
import { setLocaleAction } from "@/app/[locale]/actions/locale";

const noSubscription = () => () => {};

/**
 * Plain form buttons: works without JavaScript, keeps the page (and, with JavaScript, its query),
 * and each language is announced in its own language.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  // The query is read in the browser only: reading it on the server would keep the page from being static.
  const search = useSyncExternalStore(noSubscription, () => window.location.search, () => "");
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={label}>
      <span className="sr-only">{label}</span>
      <input type="hidden" name="path" value={`${pathname}${search}`} />
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${locale === current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}
          title={LOCALE_NAMES[locale]}
        >
          <span aria-hidden="true">{locale}</span>
          <span className="sr-only">{LOCALE_NAMES[locale]}</span>
        </button>
      ))}
    </form>
  );
}
