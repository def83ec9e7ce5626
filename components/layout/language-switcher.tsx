"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useLocale } from "next-intl";
import { LOCALES, LOCALE_NAMES, isLocale } from "@/i18n/locales";
import { usePathname } from "@/i18n/navigation";
import { setLocaleAction } from "@/app/[locale]/actions/locale";

const noSubscription = () => () => {};

/**
 * A disclosure (<details>) naming the current language; it opens a list of the portal's languages,
 * each a submit button named in its own language. Works without JavaScript (the browser opens and
 * closes <details>, the form posts); with it, Escape and a click elsewhere close the list. The page
 * (and, with JavaScript, its query) is kept.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  // The query is read in the browser only: reading it on the server would keep the page from being static.
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = menu.current;
    if (!details) return;
    const close = (focusSummary: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (focusSummary) details.querySelector("summary")?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !details.contains(event.target)) close(false);
    };
    details.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      details.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, []);

  return (
    <details ref={menu} className="relative" data-language-menu="">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-none stroke-current" strokeWidth="1.5">
          <circle cx="10" cy="10" r="8" />
          <path d="M2 10h16M10 2c2.5 2.2 3.5 5 3.5 8s-1 5.8-3.5 8c-2.5-2.2-3.5-5-3.5-8s1-5.8 3.5-8z" />
        </svg>
        <span className="sr-only">{label}: </span>
        <span lang={current}>{isLocale(current) ? LOCALE_NAMES[current] : current}</span>
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <form
        action={setLocaleAction}
        aria-label={label}
        className="absolute right-0 z-30 mt-1 max-h-[70vh] w-48 overflow-y-auto rounded-md bg-white p-1 shadow-lg ring-1 ring-slate-200"
      >
        <input type="hidden" name="path" value={`${pathname}${search}`} />
        <ul>
          {LOCALES.map((locale) => (
            <li key={locale}>
              <button
                type="submit"
                name="locale"
                value={locale}
                lang={locale}
                aria-current={locale === current ? "true" : undefined}
                className={`block w-full rounded px-3 py-1.5 text-left text-sm ${locale === current ? "bg-brand-700 font-semibold text-white" : "text-slate-800 hover:bg-slate-100"}`}
              >
                {LOCALE_NAMES[locale]}
              </button>
            </li>
          ))}
        </ul>
      </form>
    </details>
  );
}
