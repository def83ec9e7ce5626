import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { getAllStatistics, getOwnStatistics, getPublicStatistics, getPublicStatisticsJson, statisticsCallYears } from "@/lib/server/services/statistics";
import { createInstitution, createMobilityRecord, type MobilityRecordOverrides } from "@/prisma/seed/factories";
import { officerOf } from "./current-user";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

// The shared factory (a whole APPROVED chain + the record the approval would build), pinned to the
// 2025 KA131 call of one project unless a test says otherwise.
const insertRecord = (overrides: MobilityRecordOverrides & { institutionId: string }) =>
  createMobilityRecord(prisma, {
    callYear: 2025,
    agreementNumber: "2025-1-BE02-KA131-HED-000111222",
    startDate: new Date("2025-03-01T00:00:00Z"),
    ...overrides,
  });

async function scenario() {
  const ghent = await createInstitution(prisma, { erasmusCode: "B  GENT01", country: "BE" });
  const madrid = await createInstitution(prisma, { erasmusCode: "E  MADRID03", country: "ES", city: "Madrid" });
  await insertRecord({
    institutionId: ghent.id,
    receivingCountry: "NL",
    categories: ["software-development", "data-analytics"],
    fieldOfEducation: "0613",
    participantFirstName: "Zoë",
    participantLastName: "Van den Broeck",
    participantEmail: "zoe@ugent.example",
    participantBirthDate: new Date("2001-05-17T00:00:00Z"),
  });
  await insertRecord({
    institutionId: ghent.id,
    receivingCountry: "DE",
    categories: ["digital-marketing"],
    fieldOfEducation: "0414",
    callYear: 2019,
    action: "KA103",
    startDate: new Date("2019-09-01T00:00:00Z"),
  });
  await insertRecord({
    institutionId: madrid.id,
    sendingCountry: "ES",
    receivingCountry: "PT",
    categories: ["cybersecurity"],
    fieldOfEducation: "0612",
    participantFirstName: "Íñigo",
    participantLastName: "Sánchez",
    participantEmail: "inigo@ucm.example",
  });
  // Not a DOT mobility: never counted.
  await insertRecord({ institutionId: madrid.id, digitalSkills: false, receivingCountry: "FR" });
  return { ghent, madrid };
}

describe("statistics scopes", () => {
  it("an office counts its own institution's DOT records only", async () => {
    const { ghent } = await scenario();
    const officer = await officerOf(ghent.id);
    const stats = await getOwnStatistics(officer);
    expect(stats.total).toBe(2);
    expect(stats.byHostCountry).toEqual({ DE: 1, NL: 1 });
    expect(stats.bySendingCountry).toEqual({ BE: 2 });
    expect(stats.byCategory).toEqual({ "data-analytics": 1, "digital-marketing": 1, "software-development": 1 });
    expect(stats.byField).toEqual({ "0414": 1, "0613": 1 });
    expect(Object.keys(stats.byMonth)[0]).toBe("2019-09");
    expect(await statisticsCallYears(officer)).toEqual([2025, 2019]);
  });

  it("filters by call year and action", async () => {
    const { ghent } = await scenario();
    const officer = await officerOf(ghent.id);
    expect((await getOwnStatistics(officer, { callYear: 2019, action: null })).byHostCountry).toEqual({ DE: 1 });
    expect((await getOwnStatistics(officer, { callYear: null, action: "KA131" })).byHostCountry).toEqual({ NL: 1 });
    expect((await getAllStatistics({ callYear: 2025, action: "KA131" })).total).toBe(2);
  });

  it("an office without an institution sees no numbers, not everyone's", async () => {
    await scenario();
    const officer = await officerOf(null);
    expect((await getOwnStatistics(officer)).total).toBe(0);
    expect(await statisticsCallYears(officer)).toEqual([]);
  });

  it("the admin and the public see every DOT record", async () => {
    await scenario();
    const all = await getAllStatistics();
    expect(all.total).toBe(3);
    expect(all.byHostCountry).toEqual({ DE: 1, NL: 1, PT: 1 });
    expect(all.bySendingCountry).toEqual({ BE: 2, ES: 1 });
    expect((await getPublicStatistics()).total).toBe(3);
    expect(await statisticsCallYears("all")).toEqual([2025, 2019]);
  });

  it("the public JSON has exactly the documented keys and no personal data", async () => {
    await scenario();
    const json = await getPublicStatisticsJson();
    expect(Object.keys(json)).toEqual(["total", "byHostCountry", "byCategory", "bySendingCountry", "byField"]);
    expect(json.total).toBe(3);
    const text = JSON.stringify(json);
    for (const personal of ["Íñigo", "Sánchez", "inigo@ucm.example", "Zoë", "Van den Broeck", "ugent.example", "GENT01", "2001-05-17"]) {
      expect(text).not.toContain(personal);
    }
  });

  it("is all zeros without records", async () => {
    expect(await getPublicStatisticsJson()).toEqual({ total: 0, byHostCountry: {}, byCategory: {}, bySendingCountry: {}, byField: {} });
  });
});
