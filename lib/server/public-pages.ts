import "server-only";
import { revalidateLocalised } from "./revalidate-localised";
import { prisma } from "./db";

// The public pages (home, offer pages, /stats) are rendered once and cached (`export const
// revalidate` in their page files). A write that changes what one of them shows asks Next to
// render exactly those pages again on their next request, in every language.

/** The public page of each offer (published, edited, closed, or its host changed). */
export function revalidateOfferPages(offerIds: string | string[]): void {
  for (const id of [offerIds].flat()) revalidateLocalised(`/offers/${id}`);
}

/** The home page's portal counts (published offers, hosts, institutions, countries). */
export function revalidateHome(): void {
  revalidateLocalised("/");
}

/** The public statistics (approved mobilities). */
export function revalidateStats(): void {
  revalidateLocalised("/stats");
}

/** A host's name or verification shows on all its offers' pages. */
export async function revalidateHostOfferPages(hostId: string): Promise<void> {
  const offers = await prisma.offer.findMany({ where: { hostId, status: "PUBLISHED" }, select: { id: true } });
  revalidateOfferPages(offers.map((o) => o.id));
}
