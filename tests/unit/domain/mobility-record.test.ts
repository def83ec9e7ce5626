import { describe, expect, it } from "vitest";
import type { GrantRateRow } from "@/lib/domain/grants";
import {
  MobilityRecordError,
  type MobilityRecordInput,
  activityTypeFor,
  agreementNumberFor,
  buildMobilityRecord,
  mobilityIdFor,
} from "@/lib/domain/mobility-record";

const input = (patch: Partial<MobilityRecordInput> = {}): MobilityRecordInput => ({
  placementId: "clx1abcd0000qwertyzk3x9q2za",
  action: "KA131",
  callYear: 2026,
  start: "2027-03-01",
  end: "2027-07-28", // 150 days inclusive
  agreementNumber: " 2026-1-BE01-KA131-HED-000001234 ",
  evidenceCategories: ["software-development", "customer-support", "data-analytics"],
  participant: {
    firstName: " Robbe ",
    lastName: "Janssens",
    email: "robbe@example.org",
    birthDate: new Date("2003-05-04T00:00:00Z"),
    nationality: "be",
    gender: "M",
    category: "HE_STUDENT",
    fewerOpportunities: false,
    fieldOfEducation: "0613",
    eqfLevel: 6,
    previousMonths: 3,
  },
  mainLanguage: "en",
  sending: { name: "Ghent University", erasmusCode: "B GENT01", country: "BE", city: "Gent" },
  receiving: { name: "Kanaal Software", pic: "912345678", oid: "E10123456", belowTwoFifty: true, sector: "J", country: "DK", city: "Aarhus" },
  ...patch,
});

describe("activityTypeFor (docs/domain.md §5, §3a): the Beneficiary Module activity type", () => {
  it.each([
    ["KA131", "HE-SMT-LONG", "HE-SMT"],
    ["KA131", "HE-SMT-SHORT", "HE-SMT"],
    ["KA103", "HE-SMT-LONG", "HE-SMP-P"],
    ["KA107", "HE-SMT-LONG", "HE-SMT"],
    ["KA131", "HE-STT", "HE-STT"],
    ["KA121-VET", "LM-LONG-VET", "LM-LONG-VET"],
    ["KA122-SCH", "SM-JOB-SHDW", "SM-JOB-SHDW"],
  ] as const)("%s, %s → %s", (action, format, type) => expect(activityTypeFor(action, format)).toBe(type));
});

describe("mobilityIdFor", () => {
  it.each([
    [{ erasmusCode: "B GENT01", callYear: 2026, action: "KA131", placementId: "clx1abcd0000qwertyzk3x9q2za" }, "2026-KA131-BGENT01-K3X9Q2ZA"],
    [{ erasmusCode: "E MADRID05", callYear: 2019, action: "KA103", placementId: "placement-042" }, "2019-KA103-EMADRID05-042"],
    [{ erasmusCode: "D MUNCHEN02", callYear: 2020, action: "KA107", placementId: "p1" }, "2020-KA107-DMUNCHEN02-P1"],
    [{ erasmusCode: "B GENT01", callYear: 2024, action: "KA131", placementId: "placement-hist-0001" }, "2024-KA131-BGENT01-HIST0001"],
  ] as const)("%j → %s", (args, id) => expect(mobilityIdFor(args)).toBe(id));

  it("is deterministic and differs between placements", () => {
    const a = { erasmusCode: "B GENT01", callYear: 2026, action: "KA131", placementId: "placement-001" } as const;
    expect(mobilityIdFor(a)).toBe(mobilityIdFor({ ...a }));
    expect(mobilityIdFor(a)).not.toBe(mobilityIdFor({ ...a, placementId: "placement-002" }));
  });

  it("refuses an id without letters or digits", () => {
    expect(() => mobilityIdFor({ erasmusCode: "B GENT01", callYear: 2026, action: "KA131", placementId: "--" })).toThrow(MobilityRecordError);
  });
});

describe("agreementNumberFor", () => {
  const rows = [
    { action: "KA131", callYear: 2026, agreementNumber: "2026-1-BE01-KA131-HED-000001234" },
    { action: "KA103", callYear: 2019, agreementNumber: "  " },
  ] as const;
  it.each([
    ["KA131", 2026, "2026-1-BE01-KA131-HED-000001234"],
    ["KA131", 2025, null], // none configured for that call
    ["KA103", 2019, null], // blank counts as none
  ] as const)("%s %i → %s", (action, year, expected) => expect(agreementNumberFor(rows, action, year)).toBe(expected));
});

describe("buildMobilityRecord", () => {
  it("snapshots the placement, participant and organisations, with the §4 grant", () => {
    const record = buildMobilityRecord(input({ approvedBy: { id: "u-office", name: "Olivia Officer" } }));
    expect(record).toMatchObject({
      action: "KA131",
      callYear: 2026,
      activityType: "HE-SMT",
      agreementNumber: "2026-1-BE01-KA131-HED-000001234",
      mobilityId: "2026-KA131-BGENT01-K3X9Q2ZA",
      digitalSkills: true,
      categories: ["software-development", "data-analytics"], // excluded kinds of work are not DOT categories
      durationDays: 150,
      fundedMonths: 5,
      extraDays: 0,
      countryGroup: 1,
      monthlyRateCents: 54000,
      baseGrantCents: 270000, // 5 × 540
      topUpCents: 75000, // traineeship 5 × 150
      travelCents: 0,
      totalGrantCents: 345000,
      participantFirstName: "Robbe",
      participantNationality: "BE",
      recentGraduate: false,
      previousParticipationMonths: 3,
      mainLanguage: "en",
      sendingErasmusCode: "B GENT01",
      receivingPic: "912345678",
      receivingSector: "J",
      receivingCountry: "DK",
      approvedById: "u-office",
      approvedByName: "Olivia Officer",
      overrideJustification: null,
      overrideByName: null,
      overrideAt: null,
    });
    expect(record).not.toHaveProperty("overrideCategories");
    expect(record.startDate.toISOString()).toBe("2027-03-01T00:00:00.000Z");
    expect(record.endDate.toISOString()).toBe("2027-07-28T00:00:00.000Z");
  });

  it.each([
    // label, patch, durationDays, fundedMonths, extraDays, group, base €, top-up €, travel €, total €
    [
      "75 days in Poland, fewer opportunities, green travel",
      {
        start: "2027-03-01",
        end: "2027-05-14",
        greenTravel: true,
        receiving: { ...input().receiving, country: "PL" },
        participant: { ...input().participant, fewerOpportunities: true },
      },
      75,
      2,
      15,
      3,
      1100,
      375 + 625,
      50,
      2150,
    ],
    [
      "60 days in Greece written EL",
      { start: "2027-03-01", end: "2027-04-29", receiving: { ...input().receiving, country: "EL" } },
      60,
      2,
      0,
      2,
      980,
      300,
      0,
      1280,
    ],
    [
      "KA103 2019 to the UK",
      { action: "KA103", callYear: 2019, start: "2020-09-01", end: "2020-11-29", receiving: { ...input().receiving, country: "UK" } },
      90,
      3,
      0,
      1,
      1200,
      450,
      0,
      1650,
    ],
    [
      "KA107 2020 to Switzerland: flat rate, no group",
      { action: "KA107", callYear: 2020, start: "2021-03-01", end: "2021-08-27", receiving: { ...input().receiving, country: "CH" } },
      180,
      6,
      0,
      null,
      4200,
      0,
      0,
      4200,
    ],
  ] as const)("%s", (_label, patch, days, months, extra, group, baseEur, topUpEur, travelEur, totalEur) => {
    const record = buildMobilityRecord(input(patch as Partial<MobilityRecordInput>));
    expect(record).toMatchObject({
      durationDays: days,
      fundedMonths: months,
      extraDays: extra,
      countryGroup: group,
      baseGrantCents: baseEur * 100,
      topUpCents: topUpEur * 100,
      travelCents: travelEur * 100,
      totalGrantCents: totalEur * 100,
    });
  });

  it("uses the institution's rate rows, and the defaults where the institution has none", () => {
    const own: GrantRateRow[] = [
      {
        action: "KA131",
        callYear: 2026,
        countryGroup: 1,
        monthlyRateCents: 60000,
        traineeshipTopUpCents: 20000,
        fewerOpportunitiesTopUpCents: 0,
        greenTravelCents: 0,
      },
    ];
    expect(buildMobilityRecord(input({ rates: own }))).toMatchObject({ monthlyRateCents: 60000, baseGrantCents: 300000, topUpCents: 100000 });
    // No row for call 2025 in the institution's table → the default 540 €/month.
    expect(buildMobilityRecord(input({ rates: own, callYear: 2025 }))).toMatchObject({ monthlyRateCents: 54000 });
  });

  it("records a recent graduate's flag from the category", () => {
    const record = buildMobilityRecord(input({ participant: { ...input().participant, category: "HE_RECENT_GRADUATE" } }));
    expect(record.recentGraduate).toBe(true);
  });

  it("puts an officer's override on the record: its categories replace the (empty) evidence", () => {
    const at = new Date("2026-11-25T10:00:00Z");
    const record = buildMobilityRecord(
      input({
        evidenceCategories: [],
        override: {
          categories: ["digital-design", "digital-design"],
          justification: "  The host confirmed CAD work in writing.  ",
          byName: "Olivia Officer",
          at,
        },
      }),
    );
    expect(record).toMatchObject({
      categories: ["digital-design"],
      overrideCategories: ["digital-design"],
      overrideJustification: "The host confirmed CAD work in writing.",
      overrideByName: "Olivia Officer",
      overrideAt: at,
    });
  });

  it.each([
    ["missing-agreement-number", { agreementNumber: "  " }],
    ["invalid-dates", { start: "2027-02-30" }],
    ["invalid-dates", { start: "2027-05-01", end: "2027-04-30" }],
    ["no-categories", { evidenceCategories: ["customer-support"] }],
    ["no-grant-rate", { callYear: 2031 }],
    ["no-grant-rate", { receiving: { ...input().receiving, country: "US" } }],
  ] as const)("refuses with %s: %j", (problem, patch) => {
    expect(() => buildMobilityRecord(input(patch as Partial<MobilityRecordInput>))).toThrow(expect.objectContaining({ problem }) as unknown as Error);
  });
});
