import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { authenticateWithPassword } from "@/lib/server/auth/credentials";
import { seedDatabase } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { resetDatabase } from "./reset";

const referenceDate = new Date(Date.UTC(2026, 10, 1));

async function counts() {
  const [institutions, hosts, offers, participants, applications, placements, users] = await Promise.all([
    prisma.institution.count(),
    prisma.hostOrganisation.count(),
    prisma.offer.count(),
    prisma.participantProfile.count(),
    prisma.application.count(),
    prisma.placement.count(),
    prisma.user.count(),
  ]);
  return { institutions, hosts, offers, participants, applications, placements, users };
}

describe("seedDatabase", () => {
  let first: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    await resetDatabase();
    await seedDatabase(prisma, { referenceDate, log: false });
    first = await counts();
  }, 120_000);

  it("meets the volumes the demo needs", async () => {
    expect(first.institutions).toBeGreaterThanOrEqual(10);
    expect(first.hosts).toBeGreaterThanOrEqual(25);
    expect(first.offers).toBeGreaterThanOrEqual(150);
    expect(first.participants).toBeGreaterThanOrEqual(60);
    const countries = await prisma.institution.groupBy({ by: ["country"] });
    expect(countries.length).toBeGreaterThanOrEqual(8);
    const languages = await prisma.offer.groupBy({ by: ["language"], _count: { _all: true } });
    expect(Object.fromEntries(languages.map((l) => [l.language, l._count._all >= 20]))).toMatchObject({ en: true, nl: true, da: true, de: true, fr: true, es: true });
  });

  it("has applications and placements in every status, and hosts that must be refused", async () => {
    const apps = await prisma.application.groupBy({ by: ["status"] });
    expect(apps.map((a) => a.status).sort()).toEqual(["ACCEPTED", "REJECTED", "SHORTLISTED", "SUBMITTED", "WITHDRAWN"]);
    const placements = await prisma.placement.groupBy({ by: ["status"] });
    expect(placements.map((p) => p.status).sort()).toEqual(["APPROVED", "CANCELLED", "PROPOSED", "REJECTED"]);
    expect(await prisma.hostOrganisation.count({ where: { type: "EU_INSTITUTION" } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.hostOrganisation.count({ where: { type: "NATIONAL_AGENCY" } })).toBeGreaterThanOrEqual(1);
    // Some offers are deliberately not digital-skills traineeships.
    expect(await prisma.offer.count({ where: { dotQualifies: false } })).toBeGreaterThanOrEqual(10);
  });

  it("never has more accepted applications on an offer than it has places", async () => {
    const accepted = await prisma.application.groupBy({ by: ["offerId"], where: { status: "ACCEPTED" }, _count: { _all: true } });
    const places = new Map((await prisma.offer.findMany({ select: { id: true, places: true } })).map((o) => [o.id, o.places]));
    expect(accepted.filter((a) => a._count._all > (places.get(a.offerId) ?? 0))).toEqual([]);
  });

  it("is idempotent: a second run adds nothing", async () => {
    await seedDatabase(prisma, { referenceDate, log: false });
    expect(await counts()).toEqual(first);
  }, 120_000);

  it.each(DEMO_ACCOUNTS.map((a) => [a.email, a.role, a.password] as const))("demo account %s (%s) signs in", async (email, role, password) => {
    const user = await authenticateWithPassword({ email, password });
    expect(user).not.toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe(role);
  });
});
