import "server-only";
import { getLocale } from "next-intl/server";
import { redirect } from "./navigation";

/** Next's redirect() to a portal path ("/sign-in"), in the locale of the current request. */
export async function localeRedirect(href: string): Promise<never> {
  return redirect({ href, locale: await getLocale() });
}
