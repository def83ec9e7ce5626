import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { checkPlacement } from "@/lib/domain";
import { PLACEMENT_DECISION_INCLUDE, checkInputOf } from "@/lib/server/services/placement/review";
import { createInstitution, createMobilityRecord } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

describe("createMobilityRecord", () => {
  it("builds an APPROVED chain and the record the approval's builder makes of it (default KA131 in NL)", async () => {
    const record = await createMobilityRecord(prisma, { callYear: 2025 });
    expect(record.placement).toMatchObject({ status: "APPROVED", action: "KA131", callYear: 2025 });
    const placement = await prisma.placement.findUniqueOrThrow({
      where: { id: record.placementId },
      include: { application: { include: { participant: true, offer: { include: { host: true } } } } },
    });
    expect(placement.application.status).toBe("ACCEPTED");
    expect(placement.application.participant.institutionId).toBe(record.institutionId);
    // 1 Oct–31 Dec 2025: 92 days = 3 months + 2 days; group 2 (NL): 490 + 150 top-up per month.
    expect(record).toMatchObject({
      action: "KA131",
      activityType: "HE-SMT",
      receivingCountry: "NL",
      categories: ["software-development"],
      durationDays: 92,
      fundedMonths: 3,
      extraDays: 2,
      countryGroup: 2,
      monthlyRateCents: 49_000,
      baseGrantCents: 150_267,
      topUpCents: 46_000,
      totalGrantCents: 196_267,
      approvedAt: new Date("2025-09-01T00:00:00.000Z"),
    });
    expect(record.agreementNumber).toMatch(/^2025-1-BE01-KA131-HED-\d{9}$/);
    expect(await prisma.projectAgreement.count()).toBe(1);
    expect(record.approvedById).not.toBeNull();
  });

  it("takes the overrides tests care about, uses the institution's own rates and agreement, and writes raw columns last", async () => {
    const ghent = await createInstitution(prisma, { country: "BE", erasmusCode: "B GENT01X" });
    await prisma.grantRate.create({
      data: { institutionId: ghent.id, action: "KA103", callYear: 2019, countryGroup: 1, monthlyRateCents: 45_000, traineeshipTopUpCents: 10_000 },
    });
    await prisma.projectAgreement.create({ data: { institutionId: ghent.id, action: "KA103", callYear: 2019, agreementNumber: "2019-1-BE02-KA103-000111" } });
    const record = await createMobilityRecord(prisma, {
      institutionId: ghent.id,
      action: "KA103",
      callYear: 2019,
      receivingCountry: "DK",
      categories: ["digital-marketing", "data-analytics"],
      fieldOfEducation: "0414",
      participantFirstName: "Zoë",
      participantLastName: "Ñúñez-Łukasiewicz",
      startDate: new Date("2019-10-01T00:00:00Z"),
      months: 2,
      digitalSkills: false,
    });
    expect(record).toMatchObject({
      institutionId: ghent.id,
      action: "KA103",
      activityType: "HE-SMP-P", // docs/domain.md §3a: KA103 wrote HE-SMP-P
      agreementNumber: "2019-1-BE02-KA103-000111",
      receivingCountry: "DK",
      receivingCity: "Aarhus",
      categories: ["digital-marketing", "data-analytics"],
      fieldOfEducation: "0414",
      participantFirstName: "Zoë",
      participantLastName: "Ñúñez-Łukasiewicz",
      countryGroup: 1,
      durationDays: 61,
      monthlyRateCents: 45_000,
      baseGrantCents: 91_500,
      topUpCents: 20_333,
      digitalSkills: false,
    });
    const profile = await prisma.participantProfile.findFirstOrThrow({ where: { applications: { some: { placement: { id: record.placementId } } } } });
    expect([profile.firstName, profile.lastName, profile.fieldOfEducation]).toEqual(["Zoë", "Ñúñez-Łukasiewicz", "0414"]);
  });

  it("KA107 goes to Switzerland by default with the flat rate; mobility ids stay unique", async () => {
    const inst = await createInstitution(prisma);
    const a = await createMobilityRecord(prisma, { institutionId: inst.id, action: "KA107", callYear: 2020 });
    const b = await createMobilityRecord(prisma, { institutionId: inst.id, action: "KA107", callYear: 2020 });
    expect(a).toMatchObject({ receivingCountry: "CH", countryGroup: null, monthlyRateCents: 70_000, activityType: "HE-SMT" });
    expect(a.mobilityId).not.toBe(b.mobilityId);
    expect(a.agreementNumber).toBe(b.agreementNumber);
  });

  // docs/domain.md §3a: the other formats, as the approval re-checks them.
  const failing = async (placementId: string) => {
    const p = await prisma.placement.findUniqueOrThrow({ where: { id: placementId }, include: PLACEMENT_DECISION_INCLUDE });
    return checkPlacement(checkInputOf(p))
      .checks.filter((c) => !c.ok)
      .map((c) => c.id);
  };

  it("KA121-VET: a VET provider without an Erasmus code sends a teacher on job shadowing, paid per day", async () => {
    const record = await createMobilityRecord(prisma, { action: "KA121-VET", callYear: 2025, days: 21 });
    const inst = await prisma.institution.findUniqueOrThrow({ where: { id: record.institutionId } });
    expect(inst).toMatchObject({ type: "VET_PROVIDER", erasmusCode: null });
    expect(inst.oid).toMatch(/^E\d{8}$/);
    expect(record.placement).toMatchObject({ action: "KA121-VET", format: "SM-JOB-SHDW" });
    // NL is group 2: 136 EUR a day for staff.
    expect(record).toMatchObject({
      format: "SM-JOB-SHDW",
      activityType: "SM-JOB-SHDW",
      grantBasis: "staff-daily",
      durationDays: 21,
      dailyRateCents: 13_600,
      sendingOid: inst.oid,
    });
    expect(record.agreementNumber).toMatch(/^2025-1-BE01-KA121-VET-\d{9}$/);
    expect(await failing(record.placementId)).toEqual([]);
  });

  it("VET learners, school and adult-education staff, and blended short-term traineeships pass every check", async () => {
    const learner = await createMobilityRecord(prisma, { action: "KA122-VET", participantCategory: "VET_LEARNER", days: 30 });
    const school = await createMobilityRecord(prisma, { action: "KA121-SCH", days: 5, format: "SM-COUR-TRAIN" });
    const adult = await createMobilityRecord(prisma, { action: "KA122-ADU" });
    const short = await createMobilityRecord(prisma, { days: 14 });
    expect([learner, school, adult, short].map((r) => r.placement.format)).toEqual(["LM-SHORT-VET", "SM-COUR-TRAIN", "SM-JOB-SHDW", "HE-SMT-SHORT"]);
    expect((await prisma.institution.findUniqueOrThrow({ where: { id: school.institutionId } })).type).toBe("SCHOOL");
    expect((await prisma.institution.findUniqueOrThrow({ where: { id: adult.institutionId } })).type).toBe("ADULT_EDUCATION");
    // A bachelor's or master's short-term traineeship is blended (EQF 7 by default).
    expect(short.placement.virtualStart).not.toBeNull();
    expect(short).toMatchObject({ grantBasis: "daily-bands", durationDays: 14 });
    for (const r of [learner, school, adult, short]) expect(await failing(r.placementId), r.placement.format).toEqual([]);
  });
});
