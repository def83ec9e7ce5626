import "server-only";
import { revalidatePath } from "next/cache";
import { LOCALES } from "@/i18n/locales";
import { localisedPath } from "@/i18n/negotiate";

/** revalidatePath for a portal path in every language: "/offers/x" → /en/offers/x, /nl/offers/x, … */
export function revalidateLocalised(path: string, type?: "layout" | "page"): void {
  for (const locale of LOCALES) revalidatePath(localisedPath(locale, path, ""), type);
}
