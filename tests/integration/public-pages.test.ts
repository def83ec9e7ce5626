import { beforeEach, describe, expect, it, vi } from "vitest";
import { LOCALES } from "@/i18n/locales";
import type { CurrentUser } from "@/lib/server/auth/session";

// The cached public pages are rendered again after exactly the writes that change them
// (lib/server/public-pages.ts): the paths each service asks Next to revalidate are recorded here.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { prisma } = await import("@/lib/server/db");
const { closeOffer, publishOffer, saveOffer } = await import("@/lib/server/services/offers");
const { setHostVerified } = await import("@/lib/server/services/admin-hosts");
const { offerSchema } = await import("@/lib/validation/offer");
const { createHostOrganisation, createOffer, createUser } = await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");
const { offerForm } = await import("./offer-form");

beforeEach(async () => {
  await resetDatabase();
  revalidated.length = 0;
});

// Every language the portal offers has its own cached copy of each page.
const offerPaths = (id: string) => LOCALES.map((l) => `/${l}/offers/${id}`);
const HOME = LOCALES.map((l) => `/${l}`);
const today = new Date(Date.UTC(2026, 10, 24));

async function company(): Promise<CurrentUser> {
  const host = await createHostOrganisation(prisma, { type: "COMPANY", user: true });
  const u = host.users[0]!;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "COMPANY",
    locale: "en",
    institutionId: null,
    hostOrganisationId: host.id,
    emailVerified: true,
    mustChangePassword: false,
  };
}

describe("revalidation of the cached public pages", () => {
  it("publishing and closing an offer renders its pages (every locale) and the home page's counts again", async () => {
    const user = await company();
    const offer = await createOffer(prisma, { hostId: user.hostOrganisationId!, status: "DRAFT", applicationDeadline: new Date(Date.UTC(2027, 0, 15)) });
    await publishOffer(user, offer.id, today);
    expect(revalidated.sort()).toEqual([...offerPaths(offer.id), ...HOME].sort());
    revalidated.length = 0;
    await closeOffer(user, offer.id);
    expect(revalidated.sort()).toEqual([...offerPaths(offer.id), ...HOME].sort());
  });

  it("editing a published offer renders its pages again; editing a draft renders nothing", async () => {
    const user = await company();
    const published = await createOffer(prisma, { hostId: user.hostOrganisationId!, status: "PUBLISHED" });
    const draft = await createOffer(prisma, { hostId: user.hostOrganisationId!, status: "DRAFT" });
    const { offerId: _o, intent: _i, ...input } = offerSchema.parse(offerForm);
    await saveOffer(user, draft.id, input);
    expect(revalidated).toEqual([]);
    await saveOffer(user, published.id, input);
    expect(revalidated.sort()).toEqual(offerPaths(published.id).sort());
  });

  it("verifying a host renders the pages of its published offers, and only those", async () => {
    const host = await createHostOrganisation(prisma, { type: "COMPANY" });
    const open = await createOffer(prisma, { hostId: host.id, status: "PUBLISHED" });
    await createOffer(prisma, { hostId: host.id, status: "CLOSED" });
    await createOffer(prisma, { status: "PUBLISHED" }); // another host's
    const admin = await createUser(prisma, { role: "ADMIN" });
    const actor: CurrentUser = {
      id: admin.id,
      email: admin.email,
      name: admin.name,
      role: "ADMIN",
      locale: "en",
      institutionId: null,
      hostOrganisationId: null,
      emailVerified: true,
      mustChangePassword: false,
    };
    await setHostVerified(actor, { hostId: host.id, verified: !host.verified });
    expect(revalidated.sort()).toEqual(offerPaths(open.id).sort());
  });
});
