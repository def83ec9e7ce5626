import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { NotFoundError } from "@/lib/server/errors";
import { isOfferSaved, listSavedOffers, saveOfferForUser, savedOfferIds, unsaveOfferForUser } from "@/lib/server/services/saved-offers";
import { createOffer, createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

async function student(): Promise<CurrentUser> {
  const u = await createUser(prisma, { role: "STUDENT" });
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "STUDENT",
    locale: "en",
    institutionId: null,
    hostOrganisationId: null,
    emailVerified: true,
    mustChangePassword: false,
  };
}

const today = new Date(Date.UTC(2026, 10, 24));

describe("saved offers", () => {
  it("saving twice keeps one row and one audit event; un-saving twice is harmless", async () => {
    const user = await student();
    const offer = await createOffer(prisma, { applicationDeadline: new Date(Date.UTC(2027, 0, 15)) });
    await saveOfferForUser(user, offer.id);
    await saveOfferForUser(user, offer.id);
    expect(await prisma.savedOffer.count()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "offer.save" } })).toBe(1);
    expect(await isOfferSaved(user.id, offer.id)).toBe(true);
    await unsaveOfferForUser(user, offer.id);
    await unsaveOfferForUser(user, offer.id);
    expect(await prisma.savedOffer.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { verb: "offer.unsave" } })).toBe(1);
  });

  it("two concurrent saves of the same offer leave one row and no error", async () => {
    const user = await student();
    const offer = await createOffer(prisma);
    await Promise.all([saveOfferForUser(user, offer.id), saveOfferForUser(user, offer.id), saveOfferForUser(user, offer.id)]);
    expect(await prisma.savedOffer.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses drafts and unknown ids as not found", async () => {
    const user = await student();
    const draft = await createOffer(prisma, { status: "DRAFT", publishedAt: null });
    await expect(saveOfferForUser(user, draft.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveOfferForUser(user, "no-such-offer")).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.savedOffer.count()).toBe(0);
  });

  it("lists only the user's own saved offers, newest first, and marks closed or expired ones", async () => {
    const user = await student();
    const other = await student();
    const open = await createOffer(prisma, { title: "Open one", applicationDeadline: new Date(Date.UTC(2027, 0, 15)) });
    const closing = await createOffer(prisma, { title: "Closed later", applicationDeadline: new Date(Date.UTC(2027, 0, 15)) });
    const expired = await createOffer(prisma, { title: "Deadline passed", applicationDeadline: new Date(Date.UTC(2026, 10, 23)) });
    const lastDay = await createOffer(prisma, { title: "Deadline today", applicationDeadline: today });
    for (const [i, offer] of [open, closing, expired, lastDay].entries()) {
      await prisma.savedOffer.create({ data: { userId: user.id, offerId: offer.id, createdAt: new Date(Date.UTC(2026, 10, 1 + i)) } });
    }
    await saveOfferForUser(other, open.id);
    await prisma.offer.update({ where: { id: closing.id }, data: { status: "CLOSED" } });

    const list = await listSavedOffers(user, today);
    expect(list.map((i) => [i.title, i.open])).toEqual([
      ["Deadline today", true],
      ["Deadline passed", false],
      ["Closed later", false],
      ["Open one", true],
    ]);
    expect(list[3]).toMatchObject({ offerId: open.id, city: open.city, country: open.country });
    expect(list[3]!.hostName).toBeTruthy();
    expect(await listSavedOffers(other, today)).toHaveLength(1);
    expect(await savedOfferIds(other.id, [open.id, closing.id])).toEqual(new Set([open.id]));
  });

  it("un-saving only ever touches the user's own bookmark", async () => {
    const user = await student();
    const other = await student();
    const offer = await createOffer(prisma);
    await saveOfferForUser(other, offer.id);
    await unsaveOfferForUser(user, offer.id);
    expect(await isOfferSaved(other.id, offer.id)).toBe(true);
  });
});
