import "server-only";
import { getLocale } from "next-intl/server";
import { getPathname } from "./navigation";

/** A portal path in the current request's locale, for plain <a> and GET forms: "/offers" → "/da/offers". */
export async function localePath(href: string): Promise<string> {
  return getPathname({ href, locale: await getLocale() });
}
