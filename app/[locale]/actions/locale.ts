"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, isLocale } from "@/i18n/locales";
import { localeOfPath, localisedPath } from "@/i18n/negotiate";
import { getCurrentUser } from "@/lib/server/auth/session";
import { setUserLocale } from "@/lib/server/services/users";

// Only a path of this portal: never another host ("//evil", "/\\evil") or a scheme.
const OWN_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** The same page in another language; the choice is remembered in a cookie and, signed in, on the account (for mail). */
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return; // unknown value: change nothing
  const raw = String(formData.get("path") ?? "/");
  const path = OWN_PATH.test(raw) ? raw : "/";
  const withoutLocale = localeOfPath(path) ? path.slice(3) || "/" : path;
  const [pathname = "/", query] = withoutLocale.split("?", 2);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
  redirect(localisedPath(locale, pathname, query ? `?${query}` : ""));
}
