// A mobility record over a real placement chain, for the export and statistics tests, until the
// shared createMobilityRecord factory (prisma/seed/factories.ts) lands.
import type { MobilityRecord, Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/server/db";
import { createPlacement } from "@/prisma/seed/factories";

let counter = 0;

export async function insertRecord(overrides: Partial<Prisma.MobilityRecordUncheckedCreateInput> & { institutionId: string }): Promise<MobilityRecord> {
  counter += 1;
  const placement = await createPlacement(prisma, { institutionId: overrides.institutionId, status: "APPROVED" });
  return prisma.mobilityRecord.create({
    data: {
      placementId: placement.id,
      action: "KA131",
      callYear: 2025,
      activityType: "HE-SMT",
      agreementNumber: "2025-1-BE02-KA131-HED-000111222",
      mobilityId: `2025-KA131-TEST-${String(counter).padStart(6, "0")}-${placement.id.slice(-6)}`,
      digitalSkills: true,
      categories: ["software-development"],
      startDate: new Date("2025-03-01T00:00:00Z"),
      endDate: new Date("2025-05-31T00:00:00Z"),
      durationDays: 92,
      fundedMonths: 3,
      extraDays: 2,
      countryGroup: 2,
      monthlyRateCents: 54_000,
      baseGrantCents: 165_600,
      topUpCents: 45_000,
      totalGrantCents: 210_600,
      participantFirstName: "Zoë",
      participantLastName: "Van den Broeck",
      participantEmail: `zoe${counter}@example.be`,
      participantBirthDate: new Date("2001-05-17T00:00:00Z"),
      participantNationality: "BE",
      participantGender: "F",
      recentGraduate: false,
      fewerOpportunities: false,
      fieldOfEducation: "0613",
      eqfLevel: 6,
      previousParticipationMonths: 0,
      mainLanguage: "nl",
      sendingName: "Ghent University",
      sendingErasmusCode: "B  GENT01",
      sendingCountry: "BE",
      sendingCity: "Gent",
      receivingName: "Bitwise B.V.",
      receivingPic: "912345678",
      receivingBelowTwoFifty: true,
      receivingSector: "J",
      receivingCountry: "NL",
      receivingCity: "Utrecht",
      ...overrides,
    },
  });
}
