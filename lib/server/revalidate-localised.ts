import "server-only";
import { revalidatePath } from "next/cache";
import { LOCALES } from "@/i18n/locales";
import { localisedPath } from "@/i18n/negotiate";

/** revalidatePath for a portal path in every language: "/offers/x" → /en/offers/x, /nl/offers/x, … */
export function revalidateLocalised(path: string, type?: "layout" | "page"): void {
  for (const locale of LOCALES) {
    try {
      revalidatePath(localisedPath(locale, path, ""), type);
    } catch (error) {
      // Outside a request (seed scripts, integration tests) there is no page cache to refresh.
      if (error instanceof Error && error.message.includes("static generation store missing")) return;
      throw error;
    }
  }
}
