import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";

// The locale comes from the URL (/{locale}/…, handed over by setRequestLocale in the layout, or by
// the header proxy.ts sets for actions and routes): no cookie is read here, so pages can be cached.
export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // An explicit locale (getTranslations({ locale }), e.g. a mail or the API's ?locale=) wins.
  const fromRequest = await requestLocale;
  const locale = isLocale(explicit) ? explicit : isLocale(fromRequest) ? fromRequest : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: "UTC",
  };
});
