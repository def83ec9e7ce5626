import { describe, expect, it } from "vitest";
import { KEY_ACTIONS } from "@/lib/domain/actions";
import {
  BM_ACTIVITY_TYPES,
  BM_CODE_LIST_SOURCES,
  BM_COUNTRIES,
  BM_DIGITAL_SKILLS_LEVELS,
  bmCountryCode,
  bmDigitalSkills,
  isBmActivityType,
  isBmDigitalSkills,
  isBmEqfLevel,
  isBmFieldOfEducation,
  isBmLanguage,
} from "@/lib/domain/bm/code-lists";
import { BM_FILE_SUFFIX, BM_TEMPLATE, bmAboutRows, bmDocumentProperties } from "@/lib/domain/bm/template";
import { FORMAT_IDS, FORMATS, activityCodeOf } from "@/lib/domain/formats";
import { type ExportRecord, invalidCodeMessage, invalidCodesForExport, recordToJson, validateRecordsForExport } from "@/lib/domain/record-export";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// A complete, valid KA131 record; each case below changes one coded field.
const base: ExportRecord = {
  mobilityId: "2025-KA131-BGENT01-00000001",
  agreementNumber: "2025-1-BE02-KA131-HED-000111222",
  action: "KA131",
  callYear: 2025,
  activityType: "HE-SMT",
  participantFirstName: "Zoë",
  participantLastName: "Peeters",
  participantEmail: "zoe@example.be",
  participantBirthDate: day("2002-04-03"),
  participantNationality: "BE",
  participantGender: "F",
  recentGraduate: false,
  fewerOpportunities: false,
  fieldOfEducation: "0613",
  eqfLevel: 6,
  previousParticipationMonths: 0,
  mainLanguage: "en",
  sendingName: "Ghent University",
  sendingErasmusCode: "B  GENT01",
  sendingOid: null,
  sendingCountry: "BE",
  sendingCity: "Gent",
  receivingName: "Bitwise B.V.",
  receivingPic: null,
  receivingOid: "E10000001",
  receivingBelowTwoFifty: true,
  receivingSector: "J",
  receivingCountry: "NL",
  receivingCity: "Utrecht",
  startDate: day("2025-10-01"),
  endDate: day("2025-12-31"),
  durationDays: 92,
  virtualStart: null,
  virtualEnd: null,
  digitalSkills: true,
  categories: ["software-development"],
  fundedMonths: 3,
  extraDays: 2,
  countryGroup: 2,
  monthlyRateCents: 54_000,
  dailyRateCents: 0,
  baseGrantCents: 165_600,
  topUpCents: 45_000,
  travelCents: 0,
  totalGrantCents: 210_600,
  approvedAt: day("2025-09-01"),
};
const vet: Partial<ExportRecord> = { action: "KA121-VET", activityType: "LM-SHORT-VET", sendingErasmusCode: "", sendingOid: "E10234567", eqfLevel: 4 };

describe("BM code lists (lib/domain/bm/code-lists.ts)", () => {
  it("name a source for every list", () => {
    for (const source of Object.values(BM_CODE_LIST_SOURCES)) expect(source.length).toBeGreaterThan(20);
  });

  it("hold every activity type the §3a formats produce, and nothing else", () => {
    for (const action of KEY_ACTIONS) {
      const produced = new Set(FORMAT_IDS.filter((f) => FORMATS[f].actions.includes(action)).map((f) => activityCodeOf(f, action)));
      expect(new Set(BM_ACTIVITY_TYPES[action])).toEqual(produced);
    }
  });

  it.each([
    ["KA103", "HE-SMP-P", true],
    ["KA103", "HE-SMT", false],
    ["KA107", "HE-SMT", true],
    ["KA131", "HE-SMT", true],
    ["KA131", "HE-STT", true],
    ["KA131", "HE-SMS", false], // studies: no DOT format
    ["KA131", "LM-SHORT-VET", false],
    ["KA121-VET", "LM-LONG-VET", true],
    ["KA122-SCH", "LM-SHORT-VET", false],
    ["KA122-ADU", "SM-TTA", true],
    ["KA999", "HE-SMT", false],
  ])("activity type %s / %s → %s", (action, code, ok) => {
    expect(isBmActivityType(action, code)).toBe(ok);
  });

  it.each([
    ["GR", "EL"],
    ["GB", "UK"],
    ["BE", "BE"],
  ])("country %s is written %s", (iso, bm) => {
    expect(bmCountryCode(iso)).toBe(bm);
    expect(BM_COUNTRIES).toContain(bm);
  });

  it("spell Greece and the United Kingdom the EU way only", () => {
    expect(BM_COUNTRIES).not.toContain("GR");
    expect(BM_COUNTRIES).not.toContain("GB");
  });

  it.each([
    ["0613", true],
    ["0688", true],
    ["0600", false], // "not further defined": no detailed field
    ["9999", false],
    ["613", false],
  ])("ISCED-F %s → %s", (code, ok) => {
    expect(isBmFieldOfEducation(code)).toBe(ok);
  });

  it.each([
    ["KA131", 6, true],
    ["KA131", 4, false],
    ["KA103", 8, true],
    ["KA103", 9, false],
    ["KA121-VET", 3, true],
    ["KA121-VET", 0, false],
  ])("EQF %s / %i → %s", (action, level, ok) => {
    expect(isBmEqfLevel(action, level)).toBe(ok);
  });

  it.each([
    ["en", true],
    ["el", true],
    ["EN", false],
    ["eng", false],
    ["xx", false],
  ])("language %s → %s", (code, ok) => {
    expect(isBmLanguage(code)).toBe(ok);
  });

  it.each([
    ["KA103", true, "Yes"],
    ["KA107", false, "No"],
    ["KA131", true, "ADVANCED"],
    ["KA131", false, "NONE"],
    ["KA121-VET", true, "ADVANCED"],
  ])("DIGITAL_SKILLS of %s (flag %s) is %s", (action, flag, value) => {
    expect(bmDigitalSkills(action, flag)).toBe(value);
    expect(isBmDigitalSkills(action, value)).toBe(true);
  });

  it.each([
    ["KA131", "Yes"], // KA131 reports a level, not a yes/no
    ["KA103", "ADVANCED"],
    ["KA131", "EXPERT"],
  ])("DIGITAL_SKILLS of %s refuses %s", (action, value) => {
    expect(isBmDigitalSkills(action, value)).toBe(false);
  });

  it("know three levels", () => {
    expect(BM_DIGITAL_SKILLS_LEVELS).toEqual(["NONE", "BASIC", "ADVANCED"]);
  });
});

describe("the export refuses a record with a code outside the BM lists, naming the field and the value", () => {
  it.each<[string, Partial<ExportRecord>, string]>([
    ["an old free-text activity type", { activityType: "traineeship" }, 'Activity Type "traineeship" is not in the Beneficiary Module code list for KA131'],
    ["a KA103 code under KA131", { activityType: "HE-SMP-P" }, 'Activity Type "HE-SMP-P" is not in the Beneficiary Module code list for KA131'],
    ["an unknown nationality", { participantNationality: "XX" }, 'Nationality "XX" is not in the Beneficiary Module code list for KA131'],
    ["a three-letter sending country", { sendingCountry: "BEL" }, 'Sending Country "BEL" is not in the Beneficiary Module code list for KA131'],
    ["an unknown receiving country", { receivingCountry: "ZZ" }, 'Receiving Country "ZZ" is not in the Beneficiary Module code list for KA131'],
    ["a broad ISCED field", { fieldOfEducation: "06" }, 'Field of Education (ISCED-F) "06" is not in the Beneficiary Module code list for KA131'],
    ["EQF 4 in higher education", { eqfLevel: 4 }, 'Study Level (EQF) "4" is not in the Beneficiary Module code list for KA131'],
    ["a language name", { mainLanguage: "English" }, 'Main Language "English" is not in the Beneficiary Module code list for KA131'],
    ["a KA131 code in a VET project", { ...vet, activityType: "HE-SMT" }, 'Activity Type "HE-SMT" is not in the Beneficiary Module code list for KA121-VET'],
  ])("%s", (_label, patch, message) => {
    const record = { ...base, ...patch };
    const [problem] = validateRecordsForExport([record]);
    expect(problem).toBeDefined();
    expect(problem!.missing).toEqual([]);
    expect(problem!.invalid).toHaveLength(1);
    expect(invalidCodeMessage(problem!.invalid[0]!, record.action)).toBe(message);
  });

  it.each<[string, Partial<ExportRecord>]>([
    ["a KA131 long-term traineeship", {}],
    ["a KA131 staff training", { activityType: "HE-STT", eqfLevel: 7 }],
    ["a KA103 traineeship", { action: "KA103", callYear: 2019, activityType: "HE-SMP-P" }],
    ["a KA107 traineeship in Switzerland", { action: "KA107", callYear: 2019, activityType: "HE-SMT", receivingCountry: "CH" }],
    ["a VET learner", vet],
    ["a Greek host and a British participant (stored as ISO)", { receivingCountry: "GR", participantNationality: "GB" }],
    ["a Greek host stored with the EU spelling", { receivingCountry: "EL" }],
  ])("accepts %s", (_label, patch) => {
    expect(invalidCodesForExport({ ...base, ...patch })).toEqual([]);
  });

  it("writes EL and UK, and the action's digital-skills value", () => {
    expect(recordToJson({ ...base, receivingCountry: "GR", participantNationality: "GB" })).toMatchObject({
      receivingCountry: "EL",
      nationality: "UK",
      digitalSkills: "ADVANCED",
    });
    expect(recordToJson({ ...base, action: "KA103", activityType: "HE-SMP-P" })).toMatchObject({ digitalSkills: "Yes" });
  });
});

describe("the template named in every file (lib/domain/bm/template.ts)", () => {
  it("gives the version in the file-name suffix, the document properties and the About sheet", () => {
    expect(BM_FILE_SUFFIX).toBe(`bm-${BM_TEMPLATE.version}`);
    expect(bmDocumentProperties()).toMatchObject({ "BM template": "Mobility activity import-export", "BM template version": BM_TEMPLATE.version });
    const about = bmAboutRows(4, "2026-12-07");
    expect(about).toContainEqual(["Template version", BM_TEMPLATE.version]);
    expect(about).toContainEqual(["Records", "4"]);
    expect(about.filter(([k]) => k!.startsWith("Code list:"))).toHaveLength(Object.keys(BM_CODE_LIST_SOURCES).length);
  });
});
