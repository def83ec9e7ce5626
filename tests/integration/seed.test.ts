import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { authenticateWithPassword } from "@/lib/server/auth/credentials";
import { seedDatabase } from "@/prisma/seed/index";
import { DEMO_ACCOUNTS } from "@/prisma/seed/demo-accounts";
import { recordInputFor } from "@/prisma/seed/build/mobility-record";
import { DOT_ACTIVITY_IDS, KA107_DOT_HOSTS, checkPlacement } from "@/lib/domain";
import { toGrantRateRows } from "@/lib/domain/grants";
import { PLACEMENT_DECISION_INCLUDE, checkInputOf } from "@/lib/server/services/placement/review";
import { buildMobilityRecord } from "@/lib/domain/mobility-record";
import { FORMAT_IDS } from "@/lib/domain/formats";
import { invalidCodesForExport, validateRecordsForExport } from "@/lib/domain/record-export";
import { resetDatabase } from "./reset";

const referenceDate = new Date(Date.UTC(2026, 10, 1));

async function counts() {
  const [institutions, hosts, offers, participants, applications, placements, users, mobilityRecords] = await Promise.all([
    prisma.institution.count(),
    prisma.hostOrganisation.count(),
    prisma.offer.count(),
    prisma.participantProfile.count(),
    prisma.application.count(),
    prisma.placement.count(),
    prisma.user.count(),
    prisma.mobilityRecord.count(),
  ]);
  return { institutions, hosts, offers, participants, applications, placements, users, mobilityRecords };
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
    expect(Object.fromEntries(languages.map((l) => [l.language, l._count._all >= 20]))).toMatchObject({
      en: true,
      nl: true,
      da: true,
      de: true,
      fr: true,
      es: true,
    });
    // Offers in at least 12 languages (a handful each at least), from hosts in at least 20 countries.
    expect(languages.filter((l) => l._count._all >= 5).length).toBeGreaterThanOrEqual(12);
    const hostCountries = await prisma.hostOrganisation.groupBy({ by: ["country"] });
    expect(hostCountries.length).toBeGreaterThanOrEqual(20);
  });

  it("seeds accounts that confirmed their address, hashed with argon2id, with nothing to change first", async () => {
    expect(await prisma.user.count({ where: { emailVerifiedAt: null } })).toBe(0);
    expect(await prisma.user.count({ where: { mustChangePassword: true } })).toBe(0);
    const hashes = await prisma.user.findMany({ where: { passwordHash: { not: null } }, select: { passwordHash: true }, distinct: ["passwordHash"] });
    // The demo password is hashed once for every seeded account (keeps seeding fast).
    expect(hashes).toHaveLength(1);
    expect(hashes[0]!.passwordHash).toMatch(/^\$argon2id\$/);
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

  it("writes exactly one mobility record per APPROVED placement, and none for any other", async () => {
    // At most one per placement is the schema's unique key; here: one exactly where APPROVED.
    const placements = await prisma.placement.findMany({ select: { id: true, status: true, mobilityRecord: { select: { id: true } } } });
    const wrong = placements.filter((p) => (p.status === "APPROVED") !== (p.mobilityRecord !== null)).map((p) => `${p.id} ${p.status}`);
    expect(wrong).toEqual([]);
    expect(placements.filter((p) => p.status === "APPROVED").length).toBe(await prisma.mobilityRecord.count());
  });

  it("has years of approved DOT placements: calls 2018–2026 under KA103, KA107 and KA131, many countries, activities and fields", async () => {
    const records = await prisma.mobilityRecord.findMany();
    expect(records.length).toBeGreaterThanOrEqual(60);
    const calls = new Set(records.map((r) => `${r.action} ${r.callYear}`));
    for (const y of [2018, 2019, 2020]) expect(calls).toContain(`KA103 ${y}`);
    for (const y of [2021, 2022, 2023, 2024, 2025, 2026]) expect(calls).toContain(`KA131 ${y}`);
    expect([...calls].some((c) => c.startsWith("KA107 "))).toBe(true);
    expect(new Set(records.map((r) => r.receivingCountry)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(records.map((r) => r.institutionId)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(records.map((r) => r.fieldOfEducation)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(records.flatMap((r) => r.categories as string[]))).toEqual(new Set(DOT_ACTIVITY_IDS));
    // KA107 only towards its DOT hosts (docs/domain.md §2).
    for (const r of records.filter((x) => x.action === "KA107")) expect(KA107_DOT_HOSTS.has(r.receivingCountry as never)).toBe(true);
  });

  it("every APPROVED placement passes checkPlacement, and its record is what the approval's builder makes of it", async () => {
    // Loaded and checked exactly as the approval re-checks a placement (lib/server/services/placement/review.ts).
    const placements = await prisma.placement.findMany({ where: { status: "APPROVED" }, include: PLACEMENT_DECISION_INCLUDE });
    const rates = await prisma.grantRate.findMany();
    const agreements = await prisma.projectAgreement.findMany();
    const problems: string[] = [];
    for (const p of placements) {
      const { participant, offer } = p.application;
      const check = checkPlacement(checkInputOf(p));
      if (!check.approvable)
        problems.push(
          `${p.id}: ${check.checks
            .filter((c) => !c.ok)
            .map((c) => c.code)
            .join(", ")}`,
        );
      const days = check.durationDays;
      if (p.id.startsWith("placement-h") && (days < 60 || days > 186)) problems.push(`${p.id}: ${days} days`);

      const expected = buildMobilityRecord(
        recordInputFor({
          placement: p,
          participant,
          email: participant.user.email,
          offer,
          host: offer.host,
          institution: p.institution,
          agreementNumber:
            agreements.find((a) => a.institutionId === p.institutionId && a.action === p.action && a.callYear === p.callYear)?.agreementNumber ?? "",
          rates: toGrantRateRows(rates.filter((r) => r.institutionId === p.institutionId)),
          approvedBy: { id: p.decidedById, name: "" },
          approvedAt: p.decidedAt ?? new Date(0),
        }),
      );
      const got = p.mobilityRecord;
      const pick = (r: typeof expected | NonNullable<typeof got>) => ({
        mobilityId: r.mobilityId,
        agreementNumber: r.agreementNumber,
        categories: r.categories,
        durationDays: r.durationDays,
        countryGroup: r.countryGroup,
        monthlyRateCents: r.monthlyRateCents,
        baseGrantCents: r.baseGrantCents,
        topUpCents: r.topUpCents,
        travelCents: r.travelCents,
        totalGrantCents: r.totalGrantCents,
        participantFirstName: r.participantFirstName,
        participantLastName: r.participantLastName,
        receivingCountry: r.receivingCountry,
      });
      if (!got) problems.push(`${p.id}: no record`);
      else expect(pick(got), p.id).toEqual(pick(expected));
      if (got && got.approvedAt.getTime() !== p.decidedAt?.getTime()) problems.push(`${p.id}: approvedAt ≠ decidedAt`);
    }
    expect(problems).toEqual([]);
  });

  it("has sending organisations beyond HEIs and placements of every format (docs/domain.md §3a), whose records can be exported", async () => {
    const types = await prisma.institution.groupBy({ by: ["type"] });
    expect(types.map((t) => t.type).sort()).toEqual(["ADULT_EDUCATION", "HEI", "SCHOOL", "VET_PROVIDER"]);
    expect(await prisma.institution.count({ where: { type: { not: "HEI" }, erasmusCode: { not: null } } })).toBe(0);
    const formats = await prisma.placement.groupBy({ by: ["format", "status"] });
    expect(new Set(formats.map((f) => f.format))).toEqual(new Set(FORMAT_IDS));
    for (const status of ["PROPOSED", "APPROVED", "REJECTED", "CANCELLED"] as const) {
      expect(new Set(formats.filter((f) => f.status === status && f.format !== "HE-SMT-LONG").map((f) => f.format)).size, status).toBeGreaterThanOrEqual(2);
    }
    const records = await prisma.mobilityRecord.findMany({ where: { format: { not: "HE-SMT-LONG" } } });
    expect(new Set(records.map((r) => r.format)).size).toBeGreaterThanOrEqual(6);
    expect(validateRecordsForExport(records)).toEqual([]);
    // Every seeded record, complete or not, holds only Beneficiary Module codes.
    const all = await prisma.mobilityRecord.findMany();
    expect(all.flatMap((r) => invalidCodesForExport(r).map((i) => `${r.mobilityId} ${i.key}=${i.value}`))).toEqual([]);
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
