import "server-only";
import { prisma } from "../db";
import { isUniqueViolation } from "../db/errors";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { NotFoundError } from "../errors";

// A participant's bookmarks. Only published offers can be saved (a draft id is "not found");
// a saved offer stays on the list after it closes, marked as no longer open.

/** Saves an offer for the user; saving it again changes nothing. */
export async function saveOfferForUser(user: CurrentUser, offerId: string): Promise<void> {
  const offer = await prisma.offer.findFirst({ where: { id: offerId, status: "PUBLISHED" }, select: { id: true } });
  if (!offer) throw new NotFoundError();
  try {
    await prisma.$transaction(async (tx) => {
      if (await tx.savedOffer.findUnique({ where: { userId_offerId: { userId: user.id, offerId } } })) return;
      await tx.savedOffer.create({ data: { userId: user.id, offerId } });
      await audit(tx, { actorId: user.id, verb: "offer.save", entityType: "Offer", entityId: offerId });
    });
  } catch (error) {
    // A concurrent save of the same offer won the race: the row exists, which is all we want.
    if (!isUniqueViolation(error)) throw error;
  }
}

/** Removes the bookmark; removing one that is not there changes nothing. */
export async function unsaveOfferForUser(user: CurrentUser, offerId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.savedOffer.deleteMany({ where: { userId: user.id, offerId } });
    if (count > 0) await audit(tx, { actorId: user.id, verb: "offer.unsave", entityType: "Offer", entityId: offerId });
  });
}

export async function isOfferSaved(userId: string, offerId: string): Promise<boolean> {
  return (await prisma.savedOffer.count({ where: { userId, offerId } })) > 0;
}

/** Which of these offers the user has saved (for marking a list of results). */
export async function savedOfferIds(userId: string, offerIds: string[]): Promise<Set<string>> {
  if (offerIds.length === 0) return new Set();
  const rows = await prisma.savedOffer.findMany({ where: { userId, offerId: { in: offerIds } }, select: { offerId: true } });
  return new Set(rows.map((r) => r.offerId));
}

export type SavedOfferItem = {
  offerId: string;
  savedAt: Date;
  title: string;
  hostName: string;
  city: string;
  country: string;
  applicationDeadline: Date;
  /** Published and its deadline not passed: the student can still apply. */
  open: boolean;
};

/** The user's saved offers, most recently saved first. */
export async function listSavedOffers(user: CurrentUser, today: Date = new Date()): Promise<SavedOfferItem[]> {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const rows = await prisma.savedOffer.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { offerId: "asc" }],
    include: {
      offer: {
        select: { title: true, city: true, country: true, status: true, applicationDeadline: true, host: { select: { legalName: true } } },
      },
    },
  });
  return rows.map(({ offerId, createdAt, offer }) => ({
    offerId,
    savedAt: createdAt,
    title: offer.title,
    hostName: offer.host.legalName,
    city: offer.city,
    country: offer.country,
    applicationDeadline: offer.applicationDeadline,
    open: offer.status === "PUBLISHED" && offer.applicationDeadline.getTime() >= startOfToday,
  }));
}
