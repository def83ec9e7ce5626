import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { exportOwnRecords } from "@/lib/server/services/record-export";
import type { ExportFormat } from "@/lib/validation/record-export";
import { createInstitution, createMobilityRecord, type MobilityRecordOverrides } from "@/prisma/seed/factories";
import { officerOf } from "./current-user";
import { resetDatabase } from "./reset";

// Golden files of the Beneficiary Module export, one record per action (KA103, KA107,
// KA131, KA121-VET), as CSV and as XLSX, on whichever database the run uses (SQLite and
// PostgreSQL give the same bytes). Every exported column is pinned, so the files are stable.
// UPDATE_GOLDEN=1 rewrites them; review the diff. The XLSX is checked by Debian's unzip and
// xmllint (independent readers), its worksheet compared with the golden XML.

beforeEach(resetDatabase);
const GOLDEN = path.join(__dirname, "golden", "bm");
const tmp = mkdtempSync(path.join(tmpdir(), "bm-golden-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const NOW = new Date("2026-12-07T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const COMMON: MobilityRecordOverrides = {
  participantGender: "F",
  recentGraduate: false,
  fewerOpportunities: false,
  previousParticipationMonths: 0,
  digitalSkills: true,
  receivingPic: null,
  receivingOid: "E10000042",
  receivingBelowTwoFifty: true,
  receivingSector: "J",
  virtualStart: null,
  virtualEnd: null,
  travelCents: 0,
  dailyRateCents: 0,
};

// One pinned record per action; names with accents, a Greek host and a British participant show
// the BM spellings (EL, UK).
const CASES = {
  KA103: {
    action: "KA103",
    callYear: 2019,
    activityType: "HE-SMP-P",
    agreementNumber: "2019-1-BE02-KA103-000001",
    mobilityId: "2019-KA103-BGENT01-00000103",
    participantFirstName: "Zoë",
    participantLastName: "Van den Broeck",
    participantEmail: "zoe@ugent.example",
    participantBirthDate: day("1998-05-17"),
    participantNationality: "BE",
    fieldOfEducation: "0613",
    eqfLevel: 7,
    mainLanguage: "nl",
    receivingName: "Bitwise B.V.",
    receivingCountry: "NL",
    receivingCity: "Utrecht",
    startDate: day("2019-10-01"),
    endDate: day("2019-12-31"),
    durationDays: 92,
    fundedMonths: 3,
    extraDays: 2,
    countryGroup: 2,
    monthlyRateCents: 40_000,
    baseGrantCents: 122_667,
    topUpCents: 30_000,
    totalGrantCents: 152_667,
    approvedAt: day("2019-09-01"),
  },
  KA107: {
    action: "KA107",
    callYear: 2019,
    activityType: "HE-SMT",
    agreementNumber: "2019-1-BE02-KA107-000002",
    mobilityId: "2019-KA107-BGENT01-00000107",
    participantFirstName: "Sébastien",
    participantLastName: "Dubois",
    participantEmail: "sebastien@ugent.example",
    participantBirthDate: day("1997-11-02"),
    participantNationality: "BE",
    fieldOfEducation: "0612",
    eqfLevel: 6,
    mainLanguage: "fr",
    receivingName: "Alpen Data AG",
    receivingCountry: "CH",
    receivingCity: "Zürich",
    startDate: day("2019-09-01"),
    endDate: day("2019-11-29"),
    durationDays: 90,
    fundedMonths: 3,
    extraDays: 0,
    countryGroup: null,
    monthlyRateCents: 70_000,
    baseGrantCents: 210_000,
    topUpCents: 0,
    totalGrantCents: 210_000,
    approvedAt: day("2019-08-01"),
  },
  KA131: {
    action: "KA131",
    callYear: 2025,
    activityType: "HE-SMT",
    agreementNumber: "2025-1-BE02-KA131-HED-000111222",
    mobilityId: "2025-KA131-BGENT01-00000131",
    participantFirstName: "Oliver",
    participantLastName: "O'Brien",
    participantEmail: "oliver@ugent.example",
    participantBirthDate: day("2003-02-28"),
    participantNationality: "GB",
    fieldOfEducation: "0688",
    eqfLevel: 6,
    mainLanguage: "el",
    receivingName: "Ψηφιακή Α.Ε.",
    receivingCountry: "GR",
    receivingCity: "Athina",
    startDate: day("2025-10-01"),
    endDate: day("2025-12-31"),
    durationDays: 92,
    fundedMonths: 3,
    extraDays: 2,
    countryGroup: 2,
    monthlyRateCents: 54_000,
    baseGrantCents: 165_600,
    topUpCents: 45_000,
    totalGrantCents: 210_600,
    approvedAt: day("2025-09-01"),
  },
  "KA121-VET": {
    action: "KA121-VET",
    callYear: 2024,
    activityType: "LM-SHORT-VET",
    agreementNumber: "2024-1-BE02-KA121-VET-000333444",
    mobilityId: "2024-KA121-VET-E10234567-00000121",
    participantFirstName: "Lieselot",
    participantLastName: "Maes",
    participantEmail: "lieselot@vti.example",
    participantBirthDate: day("2006-07-09"),
    participantNationality: "BE",
    fieldOfEducation: "0714",
    eqfLevel: 4,
    mainLanguage: "de",
    receivingName: "Werkstatt Digital GmbH",
    receivingCountry: "DE",
    receivingCity: "Berlin",
    startDate: day("2025-03-03"),
    endDate: day("2025-03-28"),
    durationDays: 26,
    fundedMonths: 0,
    extraDays: 0,
    countryGroup: 2,
    monthlyRateCents: 0,
    dailyRateCents: 5_100,
    baseGrantCents: 132_600,
    topUpCents: 0,
    totalGrantCents: 132_600,
    approvedAt: day("2025-02-01"),
    participantCategory: "VET_LEARNER",
    format: "LM-SHORT-VET",
  },
} as const satisfies Record<string, MobilityRecordOverrides>;

async function exportOf(action: keyof typeof CASES, format: ExportFormat) {
  const vet = action === "KA121-VET";
  const institution = vet
    ? await createInstitution(prisma, { name: "VTI Brugge", type: "VET_PROVIDER", erasmusCode: null, oid: "E10234567", country: "BE", city: "Brugge" })
    : await createInstitution(prisma, { name: "Ghent University", erasmusCode: "B  GENT01", country: "BE", city: "Gent" });
  const sending = vet
    ? { sendingName: "VTI Brugge", sendingErasmusCode: "", sendingOid: "E10234567", sendingCity: "Brugge" }
    : { sendingName: "Ghent University", sendingErasmusCode: "B  GENT01", sendingOid: null, sendingCity: "Gent" };
  await createMobilityRecord(prisma, {
    ...COMMON,
    ...sending,
    sendingCountry: "BE",
    ...CASES[action],
    institutionId: institution.id,
    categories: ["software-development", "data-analytics"],
  });
  const { action: a, callYear } = CASES[action];
  const result = await exportOwnRecords(await officerOf(institution.id), { action: a, callYear }, format, NOW);
  if (!result.ok) throw new Error(`expected an export: ${JSON.stringify(result.problems)}`);
  return result;
}

function golden(name: string, actual: string) {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(file, "utf8"));
}

const hasPython = (() => {
  try {
    execFileSync("python3", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();
const PY_FIRST_ROW = `
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
with zipfile.ZipFile(sys.argv[1]) as z:
    assert z.testzip() is None
    row = ET.fromstring(z.read("xl/worksheets/sheet1.xml")).findall(".//m:row", ns)[1]
    print(json.dumps([c.findtext(".//m:t", default=c.findtext("m:v", namespaces=ns), namespaces=ns) for c in row]))
`;

const ACTIONS = Object.keys(CASES) as (keyof typeof CASES)[];
const slug = (action: string) => action.toLowerCase();

describe("Beneficiary Module export golden files", () => {
  it.each(ACTIONS)("%s as CSV", async (action) => {
    const result = await exportOf(action, "csv");
    expect(result.fileName).toBe(`dot-mobility-records_${CASES[action].agreementNumber}_${CASES[action].callYear}_bm-2024-11-06.csv`);
    golden(`${slug(action)}.csv`, result.body as string);
  });

  it.each(ACTIONS)("%s as XLSX", async (action) => {
    const result = await exportOf(action, "xlsx");
    expect(result.fileName).toBe(`dot-mobility-records_${CASES[action].agreementNumber}_${CASES[action].callYear}_bm-2024-11-06.xlsx`);
    expect(result.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const file = path.join(tmp, `${slug(action)}.xlsx`);
    writeFileSync(file, result.body as Buffer);
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
    const part = (name: string) => execFileSync("unzip", ["-p", file, name], { encoding: "utf8" });
    for (const name of [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "docProps/core.xml",
      "docProps/app.xml",
      "docProps/custom.xml",
    ]) {
      // unzip -p treats [ ] as a wildcard class; escape them.
      const xml = part(name.replace(/[[\]]/g, "\\$&"));
      execFileSync("xmllint", ["--noout", "-"], { input: xml });
    }
    if (hasPython) {
      // A third reader: Python's zipfile and ElementTree read the first data row back.
      const row = execFileSync("python3", ["-c", PY_FIRST_ROW, file], { encoding: "utf8" });
      expect(JSON.parse(row).slice(0, 2)).toEqual([CASES[action].agreementNumber, CASES[action].mobilityId]);
    }
    golden(`${slug(action)}.sheet1.xml`, part("xl/worksheets/sheet1.xml"));
    expect(part("docProps/custom.xml")).toContain('name="BM template version"><vt:lpwstr>2024-11-06</vt:lpwstr>');
    expect(part("xl/workbook.xml")).toContain('<sheet name="About" sheetId="2" r:id="rId2"/>');
    expect(part("xl/worksheets/sheet2.xml")).toContain("Mobility activity import-export");
  });
});
