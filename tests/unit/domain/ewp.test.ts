import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  academicYearOf,
  bmMobilitiesReport,
  bmReportProblems,
  escapeXml,
  type EwpRecord,
  omobilitiesGetResponse,
  omobilityAttribute,
  traineeshipMonthlyTopUpCents,
} from "@/lib/domain/ewp";
import { BM_REPORT_XSD, OMOBILITIES_XSD, xsdErrors } from "../../fixtures/ewp/validate";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const golden = (name: string) => path.join(__dirname, "../../fixtures/ewp/golden", name);

// A fixed KA131 long-term traineeship: 3 months and 10 days in Germany (group 2, 490 EUR + the
// 150 EUR traineeship top-up), names needing escaping.
function record(overrides: Partial<EwpRecord> = {}): EwpRecord {
  return {
    mobilityId: "2025-KA131-BGENT01-K3X9Q2ZA",
    agreementNumber: "2025-1-BE02-KA131-HED-000111222",
    action: "KA131",
    callYear: 2025,
    activityType: "HE-SMT",
    format: "HE-SMT-LONG",
    grantBasis: "monthly",
    participantFirstName: "Zoë <Anne>",
    participantLastName: "O'Brien & Van den Broeck",
    participantEmail: "zoe@example.be",
    participantBirthDate: day("2001-05-17"),
    participantNationality: "BE",
    participantGender: "female",
    recentGraduate: false,
    fewerOpportunities: false,
    fieldOfEducation: "0613",
    eqfLevel: 7,
    previousParticipationMonths: 2,
    mainLanguage: "de",
    sendingName: "Ghent University",
    sendingErasmusCode: "B  GENT01",
    sendingOid: null,
    sendingCountry: "BE",
    sendingCity: "Gent",
    receivingName: "Datenwerk GmbH",
    receivingPic: "949123456",
    receivingOid: "E10123456",
    receivingBelowTwoFifty: true,
    receivingSector: "J",
    receivingCountry: "DE",
    receivingCity: "Berlin",
    startDate: day("2025-09-01"),
    endDate: day("2025-12-10"),
    durationDays: 101,
    virtualStart: null,
    virtualEnd: null,
    virtualDescription: null,
    digitalSkills: true,
    categories: ["software-development"],
    fundedMonths: 3,
    extraDays: 11,
    countryGroup: 2,
    monthlyRateCents: 49_000,
    dailyRateCents: 0,
    baseGrantCents: 164_967,
    topUpCents: 50_500,
    travelCents: 5_000,
    totalGrantCents: 220_467,
    approvedAt: day("2025-08-01"),
    ...overrides,
  };
}

const shortBlended = record({
  mobilityId: "2025-KA131-BGENT01-SHORT001",
  format: "HE-SMT-SHORT",
  grantBasis: "daily-bands",
  startDate: day("2025-10-06"),
  endDate: day("2025-10-20"),
  durationDays: 15,
  virtualStart: day("2025-09-22"),
  virtualEnd: day("2025-10-05"),
  virtualDescription: "Online onboarding & weekly calls",
  fundedMonths: 0,
  extraDays: 0,
  monthlyRateCents: 0,
  dailyRateCents: 7_900,
  baseGrantCents: 117_300,
  topUpCents: 0,
  travelCents: 0,
  totalGrantCents: 117_300,
  receivingOid: "E10999999",
});

describe("EWP bm-mobilities report (golden file, XSD)", () => {
  const xml = bmMobilitiesReport([record(), shortBlended]);

  it("matches the golden file", async () => {
    await expect(xml).toMatchFileSnapshot(golden("bm-mobilities-report.xml"));
  });

  it("is valid against the published report-request.xsd", () => {
    expect(xsdErrors(xml, BM_REPORT_XSD)).toBe("");
  });

  it("escapes text and reports the traineeship top-up recovered from the record", () => {
    expect(xml).toContain("<given-names>Zoë &lt;Anne&gt;</given-names>");
    expect(xml).toContain("<family-name>O&apos;Brien &amp; Van den Broeck</family-name>");
    expect(xml).toContain("<traineeship-monthly-top-up>150.00</traineeship-monthly-top-up>");
    expect(xml).toContain("<erasmus>B  GENT01</erasmus>");
    expect(xml).toContain("<id>BGENT01</id>");
  });

  it("lists what keeps a record out of the report", () => {
    expect(bmReportProblems(record())).toEqual([]);
    expect(bmReportProblems(record({ receivingOid: null, participantBirthDate: null, activityType: "HE-STT" }))).toEqual([
      "dateOfBirth",
      "activityType",
      "receivingOid",
    ]);
  });
});

describe("EWP omobilities get-response (golden file, XSD)", () => {
  const xml = omobilitiesGetResponse({ record: record(), sendingHeiId: "B  GENT01" });

  it("matches the golden file", async () => {
    await expect(xml).toMatchFileSnapshot(golden("omobilities-get-response.xml"));
  });

  it("is valid against the published get-response.xsd, also for a short blended traineeship", () => {
    expect(xsdErrors(xml, OMOBILITIES_XSD)).toBe("");
    expect(xsdErrors(omobilitiesGetResponse({ record: shortBlended, sendingHeiId: "B  GENT01" }), OMOBILITIES_XSD)).toBe("");
  });

  it("the XSD check catches a broken document", () => {
    expect(xsdErrors(xml.replace("student-traineeships", "student-holidays"), OMOBILITIES_XSD)).toContain("student-holidays");
  });
});

describe("EWP helpers", () => {
  it("escapes the five XML characters and drops forbidden controls", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });

  it("names the activity attribute of each format (§3a)", () => {
    expect(omobilityAttribute({ format: "HE-SMT-LONG", eqfLevel: 8 })).toBe("long-term");
    expect(omobilityAttribute({ format: "HE-SMT-SHORT", eqfLevel: 7 })).toBe("short-term-blended");
    expect(omobilityAttribute({ format: "HE-SMT-SHORT", eqfLevel: 8 })).toBe("short-term-doctoral");
  });

  it("dates the academic year from 1 September", () => {
    expect(academicYearOf(day("2025-09-01"))).toBe("2025/2026");
    expect(academicYearOf(day("2026-08-31"))).toBe("2025/2026");
  });

  it("recovers the monthly traineeship top-up only when it can be separated", () => {
    expect(traineeshipMonthlyTopUpCents(record())).toBe(15_000);
    expect(traineeshipMonthlyTopUpCents(record({ fewerOpportunities: true }))).toBeNull();
    expect(traineeshipMonthlyTopUpCents(shortBlended)).toBeNull();
  });
});
