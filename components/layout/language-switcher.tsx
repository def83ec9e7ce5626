import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES, LOCALE_NAMES } from "@/i18n/locales";
import { setLocaleAction } from "@/app/actions/locale";

/** Plain form buttons: works without JavaScript, and each name is announced in its own language. */
export async function LanguageSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("common");
  return (
    <form action={setLocaleAction} className="flex items-center gap-1" aria-label={t("language")}>
      <span className="sr-only">{t("language")}</span>
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
