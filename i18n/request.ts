import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, isLocale, type Locale } from "./locales";

// No locale in the URL: the choice is remembered in a cookie (set by the language switcher);
// before any choice, the browser's Accept-Language decides.
function fromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  for (const part of header.split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase().slice(0, 2);
    const match = LOCALES.find((l) => l === tag);
    if (match) return match;
  }
  return undefined;
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // An explicit locale (getTranslations({ locale }), e.g. the API's ?locale=) wins.
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(explicit)
    ? explicit
    : isLocale(cookieLocale)
      ? cookieLocale
      : (fromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE);
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
