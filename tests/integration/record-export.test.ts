import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { RECORD_EXPORT_HEADERS } from "@/lib/domain/record-export";
import { listOwnRecords } from "@/lib/server/services/mobility-records";
import { exportOwnRecords } from "@/lib/server/services/record-export";
import { RECORDS_PAGE_SIZE, recordExportSchema, recordListSchema, type RecordFilters } from "@/lib/validation/record-export";
import { createInstitution, createMobilityRecord, type MobilityRecordOverrides } from "@/prisma/seed/factories";
import { parseCsv } from "../e2e/csv";
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

const ALL: RecordFilters = { callYear: null, action: null };

async function twoInstitutions() {
  const ghent = await createInstitution(prisma, { erasmusCode: "B  GENT01", name: "Ghent University" });
  const madrid = await createInstitution(prisma, { erasmusCode: "E  MADRID03", name: "Universidad Complutense de Madrid", country: "ES", city: "Madrid" });
  return { ghent, madrid };
}

describe("record filters (lib/validation/record-export)", () => {
  it.each([
    [{}, { callYear: null, action: null, page: 1 }],
    [
      { callYear: "", action: "", page: "" },
      { callYear: null, action: null, page: 1 },
    ],
    [
      { callYear: "2019", action: "KA103", page: "2" },
      { callYear: 2019, action: "KA103", page: 2 },
    ],
  ])("%j is read as %j", (input, expected) => {
    expect(recordListSchema.parse(input)).toEqual(expected);
  });

  it.each([[{ callYear: "2013" }], [{ callYear: "2028" }], [{ callYear: "20x4" }], [{ action: "KA999" }], [{ page: "0" }], [{ page: "-1" }]])(
    "%j is refused",
    (input) => {
      expect(recordListSchema.safeParse(input).success).toBe(false);
    },
  );

  it("exports CSV by default, also XLSX and JSON, and refuses an unknown format", () => {
    expect(recordExportSchema.parse({}).format).toBe("csv");
    expect(recordExportSchema.parse({ format: "xlsx" }).format).toBe("xlsx");
    expect(recordExportSchema.safeParse({ format: "ods" }).success).toBe(false);
  });
});

describe("listOwnRecords", () => {
  it("shows the officer's own institution only, filtered by call year and action", async () => {
    const { ghent, madrid } = await twoInstitutions();
    const a = await insertRecord({ institutionId: ghent.id, callYear: 2025, action: "KA131" });
    const b = await insertRecord({ institutionId: ghent.id, callYear: 2019, action: "KA103", activityType: "HE-SMP-P" });
    await insertRecord({ institutionId: madrid.id, callYear: 2025, action: "KA131", participantFirstName: "Íñigo" });
    const officer = await officerOf(ghent.id);

    const all = await listOwnRecords(officer, { ...ALL, page: 1 });
    expect(all.institution?.name).toBe("Ghent University");
    expect(all.records.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.callYears).toEqual([2025, 2019]);
    expect((await listOwnRecords(officer, { callYear: 2025, action: null, page: 1 })).records.map((r) => r.id)).toEqual([a.id]);
    expect((await listOwnRecords(officer, { callYear: null, action: "KA103", page: 1 })).records.map((r) => r.id)).toEqual([b.id]);
    expect((await listOwnRecords(officer, { callYear: 2025, action: "KA103", page: 1 })).total).toBe(0);
  });

  it("pages the list but validates every filtered record", async () => {
    const { ghent } = await twoInstitutions();
    for (let i = 0; i < RECORDS_PAGE_SIZE + 2; i++) {
      await insertRecord({ institutionId: ghent.id, startDate: new Date(Date.UTC(2025, 0, 1 + i)), participantFirstName: i === 0 ? "" : "Zoë" });
    }
    const officer = await officerOf(ghent.id);
    const second = await listOwnRecords(officer, { ...ALL, page: 2 });
    expect(second.total).toBe(RECORDS_PAGE_SIZE + 2);
    expect(second.pages).toBe(2);
    expect(second.records).toHaveLength(2);
    // The incomplete record is on page 1, and page 2 still lists it.
    expect(second.problems).toHaveLength(1);
    expect(second.problems[0]!.missing).toEqual(["participantFirstName"]);
    expect(second.problems[0]!.invalid).toEqual([]);
    // A page past the end shows the last page.
    expect((await listOwnRecords(officer, { ...ALL, page: 9 })).page).toBe(2);
  });

  it("gives an officer without an institution nothing, not everyone's", async () => {
    const { ghent } = await twoInstitutions();
    await insertRecord({ institutionId: ghent.id });
    const data = await listOwnRecords(await officerOf(null), { ...ALL, page: 1 });
    expect(data).toMatchObject({ institution: null, total: 0, records: [], problems: [], callYears: [] });
  });
});

describe("exportOwnRecords", () => {
  it("writes the CSV of the own institution's filtered records, accents intact", async () => {
    const { ghent, madrid } = await twoInstitutions();
    await insertRecord({ institutionId: ghent.id, participantFirstName: "Zoë", participantLastName: "Ñúñez-Łukasiewicz" });
    await insertRecord({ institutionId: ghent.id, participantFirstName: '=HYPERLINK("http://evil.example","x")' });
    await insertRecord({ institutionId: ghent.id, callYear: 2024, agreementNumber: "2024-1-BE02-KA131-HED-000000777" });
    await insertRecord({ institutionId: madrid.id, participantFirstName: "Íñigo" });
    const result = await exportOwnRecords(await officerOf(ghent.id), { callYear: 2025, action: "KA131" }, "csv");
    if (!result.ok) throw new Error("expected an export");
    expect(result.fileName).toBe("dot-mobility-records_2025-1-BE02-KA131-HED-000111222_2025_bm-2024-11-06.csv");
    expect(result.contentType).toBe("text/csv; charset=utf-8");
    const body = result.body as string;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(body.slice(1));
    expect(rows[0]).toEqual(RECORD_EXPORT_HEADERS);
    expect(rows).toHaveLength(3);
    const first = rows[0]!.indexOf("Participant First Name");
    const last = rows[0]!.indexOf("Participant Last Name");
    expect(rows.slice(1).map((r) => r[first])).toEqual(expect.arrayContaining(["Zoë", `'=HYPERLINK("http://evil.example","x")`]));
    expect(rows.slice(1).map((r) => r[last])).toContain("Ñúñez-Łukasiewicz");
    expect(body).not.toContain("Íñigo");
    // The export of personal data is audited: who, which selection, how many.
    const events = await prisma.auditEvent.findMany({ where: { verb: "mobility-record.export" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "Institution", entityId: ghent.id });
    expect(events[0]!.after).toMatchObject({ format: "csv", callYear: 2025, action: "KA131", count: 2 });
  });

  it("writes JSON with typed values", async () => {
    const { ghent } = await twoInstitutions();
    const rec = await insertRecord({
      institutionId: ghent.id,
      callYear: 2019,
      action: "KA103",
      activityType: "HE-SMP-P",
      agreementNumber: "2019-1-BE02-KA103-000001",
      startDate: new Date("2019-09-02T00:00:00Z"),
    });
    const result = await exportOwnRecords(await officerOf(ghent.id), { callYear: 2019, action: "KA103" }, "json");
    if (!result.ok) throw new Error("expected an export");
    expect(result.fileName).toBe("dot-mobility-records_2019-1-BE02-KA103-000001_2019.json");
    const json = JSON.parse(result.body as string);
    expect(json.count).toBe(1);
    expect(json.institution).toEqual({ name: "Ghent University", erasmusCode: "B  GENT01" });
    expect(json.records[0]).toMatchObject({
      mobilityId: rec.mobilityId,
      keyAction: "KA103",
      callYear: 2019,
      digitalSkills: "Yes",
      startDate: "2019-09-02",
      grantTotal: rec.totalGrantCents / 100,
    });
  });

  it("names the file after the institution and action when the selection spans projects", async () => {
    const { ghent } = await twoInstitutions();
    await insertRecord({ institutionId: ghent.id, callYear: 2024, agreementNumber: "2024-1-BE02-KA131-HED-000000777" });
    await insertRecord({ institutionId: ghent.id, callYear: 2025 });
    const result = await exportOwnRecords(await officerOf(ghent.id), { callYear: null, action: "KA131" }, "csv");
    expect(result.ok && result.fileName).toBe("dot-mobility-records_B-GENT01-KA131_all-years_bm-2024-11-06.csv");
  });

  it("refuses a selection with missing required fields and lists each record and field", async () => {
    const { ghent } = await twoInstitutions();
    const noName = await insertRecord({ institutionId: ghent.id, participantFirstName: "", participantLastName: "" });
    const noBirth = await insertRecord({ institutionId: ghent.id, participantBirthDate: null, agreementNumber: " " });
    await insertRecord({ institutionId: ghent.id, callYear: 2024 });
    const officer = await officerOf(ghent.id);
    const result = await exportOwnRecords(officer, { callYear: 2025, action: null }, "csv");
    expect(result).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { mobilityId: noName.mobilityId, action: "KA131", missing: ["participantFirstName", "participantLastName"], invalid: [] },
        { mobilityId: noBirth.mobilityId, action: "KA131", missing: ["agreementNumber", "dateOfBirth"], invalid: [] },
      ]),
    });
    // A refused export leaves no trace of an export.
    expect(await prisma.auditEvent.count({ where: { verb: "mobility-record.export" } })).toBe(0);
    // The complete record of another call year still exports.
    expect((await exportOwnRecords(officer, { callYear: 2024, action: null }, "csv")).ok).toBe(true);
  });

  it("refuses a record holding a code the Beneficiary Module does not know, naming the field and the value", async () => {
    const { ghent } = await twoInstitutions();
    const old = await insertRecord({ institutionId: ghent.id, activityType: "traineeship", mainLanguage: "English" });
    await insertRecord({ institutionId: ghent.id });
    for (const format of ["csv", "xlsx"] as const) {
      const result = await exportOwnRecords(await officerOf(ghent.id), ALL, format);
      expect(result).toEqual({
        ok: false,
        problems: [
          {
            mobilityId: old.mobilityId,
            action: "KA131",
            missing: [],
            invalid: [
              { key: "activityType", value: "traineeship" },
              { key: "mainLanguage", value: "English" },
            ],
          },
        ],
      });
    }
    expect(await prisma.auditEvent.count({ where: { verb: "mobility-record.export" } })).toBe(0);
  });

  it("exports only the header for an empty selection", async () => {
    const { ghent } = await twoInstitutions();
    const result = await exportOwnRecords(await officerOf(ghent.id), ALL, "csv");
    if (!result.ok) throw new Error("expected an export");
    expect(result.count).toBe(0);
    expect(parseCsv((result.body as string).slice(1))).toEqual([RECORD_EXPORT_HEADERS]);
  });
});
