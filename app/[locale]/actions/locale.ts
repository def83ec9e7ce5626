"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { localeOfPath, localisedPath } from "@/i18n/negotiate";
import { navigationAction } from "@/lib/server/action";
import { setUserLocale } from "@/lib/server/services/users";
import { localeChoiceSchema } from "@/lib/validation/locale";

/**
 * The same page in another language; the choice is remembered in a cookie and, signed in, on the
 * account (for mail). An unknown locale changes nothing; a path not of this portal becomes "/".
 */
export const setLocaleAction = navigationAction({
  schema: localeChoiceSchema,
  async handler({ locale, path }, user) {
    const withoutLocale = localeOfPath(path) ? path.slice(3) || "/" : path;
    const [pathname = "/", query] = withoutLocale.split("?", 2);
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (user) await setUserLocale(user.id, locale);
    redirect(localisedPath(locale, pathname, query ? `?${query}` : ""));
  },
});
