"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, isLocale } from "@/i18n/locales";
import { getCurrentUser } from "@/lib/server/auth/session";
import { setUserLocale } from "@/lib/server/services/users";

// The choice is remembered in a cookie for a year and, when signed in, on the account (for mail).
export async function setLocaleAction(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return; // unknown value: change nothing
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, locale);
  revalidatePath("/", "layout");
}
