import "server-only";
import { revalidatePath } from "next/cache";
import { LOCALES } from "@/i18n/locales";
import { prisma } from "./db";

// The public pages (home, offer pages, /stats) are rendered once and cached (`export const
// revalidate` in their page files). A write that changes what one of them shows asks Next to
// render exactly those pages again on their next request, in every language.

/** Every URL a public page is served under: one per locale, and the unprefixed path. */
export function publicPaths(path: string): string[] {
  const suffix = path === "/" ? "" : path;
  return [path, ...LOCALES.map((locale) => `/${locale}${suffix}`)];
}

function revalidate(paths: string[]): void {
  for (const path of paths) {
    try {
      revalidatePath(path);
    } catch (error) {
      // Outside a request (seed scripts, integration tests) there is no page cache to refresh.
      if (error instanceof Error && error.message.includes("static generation store missing")) return;
      throw error;
    }
  }
}

/** The public page of each offer (published, edited, closed, or its host changed). */
export function revalidateOfferPages(offerIds: string | string[]): void {
  revalidate([offerIds].flat().flatMap((id) => publicPaths(`/offers/${id}`)));
}

/** The home page's portal counts (published offers, hosts, institutions, countries). */
export function revalidateHome(): void {
  revalidate(publicPaths("/"));
}

/** The public statistics (approved mobilities). */
export function revalidateStats(): void {
  revalidate(publicPaths("/stats"));
}

/** A host's name or verification shows on all its offers' pages. */
export async function revalidateHostOfferPages(hostId: string): Promise<void> {
  const offers = await prisma.offer.findMany({ where: { hostId, status: "PUBLISHED" }, select: { id: true } });
  revalidateOfferPages(offers.map((o) => o.id));
}
