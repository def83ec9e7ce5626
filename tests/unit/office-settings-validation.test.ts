import { describe, expect, it } from "vitest";
import { centsToEuroText, grantRateTableSchema, parseEuros, settingsFilter } from "@/lib/validation/grant-rates";
import { parseAgreementNumber, projectAgreementSchema } from "@/lib/validation/project-agreement";

const V = "officeSettings.validation";

describe("parseEuros", () => {
  it.each([
    ["540", 54_000],
    ["0", 0],
    ["152.5", 15_250],
    ["152,50", 15_250],
    ["0.29", 29],
    [" 1 250.05 ", 125_005],
    ["5000", 500_000],
    ["5000.00", 500_000],
  ])("%j → %i cents", (text, cents) => {
    expect(parseEuros(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ["", "amountRequired"],
    [undefined, "amountRequired"],
    ["abc", "amountNotANumber"],
    ["12.", "amountNotANumber"],
    ["1e3", "amountNotANumber"],
    ["-1", "amountNegative"],
    ["-0.5", "amountNegative"],
    ["12.345", "amountDecimals"],
    ["1,000", "amountDecimals"],
    ["5000.01", "amountTooHigh"],
    ["99999999999999999999", "amountTooHigh"],
  ])("%j is refused with %s", (text, key) => {
    expect(parseEuros(text)).toEqual({ ok: false, error: `${V}.${key}` });
  });

  it.each([
    [54_000, "540"],
    [15_250, "152.50"],
    [29, "0.29"],
    [0, "0"],
  ])("%i cents shows as %s and parses back", (cents, text) => {
    expect(centsToEuroText(cents)).toBe(text);
    expect(parseEuros(text)).toEqual({ ok: true, cents });
  });
});

const row = (i: number, group: number, overrides: Record<string, string> = {}) => ({
  [`rows.${i}.countryGroup`]: String(group),
  [`rows.${i}.version`]: "default",
  [`rows.${i}.monthlyRate`]: "540",
  [`rows.${i}.traineeshipTopUp`]: "150",
  [`rows.${i}.fewerOpportunitiesTopUp`]: "250",
  [`rows.${i}.greenTravel`]: "50",
  [`rows.${i}.shortTermFirstBand`]: "79",
  [`rows.${i}.shortTermSecondBand`]: "56",
  [`rows.${i}.staffDaily`]: "160",
  ...Object.fromEntries(Object.entries(overrides).map(([k, v]) => [`rows.${i}.${k}`, v])),
});
const table = (extra: Record<string, string> = {}) => ({ action: "KA131", callYear: "2026", ...row(0, 1), ...row(1, 2), ...row(2, 3), ...extra });
const errorsOf = (raw: Record<string, unknown>) => {
  const r = grantRateTableSchema.safeParse(raw);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("grantRateTableSchema", () => {
  it("turns the flat form into rows in cents", () => {
    const parsed = grantRateTableSchema.parse(table({ "rows.2.monthlyRate": "440,5" }));
    expect(parsed.action).toBe("KA131");
    expect(parsed.callYear).toBe(2026);
    expect(parsed.rows).toHaveLength(3);
    expect(parsed.rows[2]).toEqual({
      countryGroup: 3,
      version: "default",
      monthlyRateCents: 44_050,
      traineeshipTopUpCents: 15_000,
      fewerOpportunitiesTopUpCents: 25_000,
      greenTravelCents: 5_000,
      shortTermFirstBandCents: 7_900,
      shortTermSecondBandCents: 5_600,
      staffDailyCents: 16_000,
      // A column the KA131 table does not show stays undefined: the service keeps its stored value.
      learnerDailyCents: undefined,
    });
  });

  it("requires the columns of the action's formats, and only those (docs/domain.md §3a)", () => {
    const ka131 = table();
    delete (ka131 as Record<string, string>)["rows.0.staffDaily"];
    expect(errorsOf(ka131)).toEqual({ "rows.0.staffDaily": "officeSettings.validation.amountRequired" });
    const vet = {
      action: "KA121-VET",
      callYear: "2026",
      "rows.0.countryGroup": "1",
      "rows.0.version": "default",
      "rows.0.staffDaily": "153",
      "rows.0.greenTravel": "50",
    };
    expect(errorsOf(vet)).toEqual({ "rows.0.learnerDaily": "officeSettings.validation.amountRequired" });
    const parsed = grantRateTableSchema.parse({ ...vet, "rows.0.learnerDaily": "58" });
    expect(parsed.rows[0]).toMatchObject({ staffDailyCents: 15_300, learnerDailyCents: 5_800, greenTravelCents: 5_000, monthlyRateCents: undefined });
  });

  it.each([
    [{ "rows.1.monthlyRate": "-10" }, "rows.1.monthlyRate", "amountNegative"],
    [{ "rows.0.greenTravel": "5001" }, "rows.0.greenTravel", "amountTooHigh"],
    [{ "rows.2.traineeshipTopUp": "1.234" }, "rows.2.traineeshipTopUp", "amountDecimals"],
    [{ "rows.2.fewerOpportunitiesTopUp": "" }, "rows.2.fewerOpportunitiesTopUp", "amountRequired"],
    [{ "rows.0.monthlyRate": "lots" }, "rows.0.monthlyRate", "amountNotANumber"],
    [{ "rows.0.countryGroup": "4" }, "rows.0.countryGroup", "groupUnknown"],
    [{ action: "KA999" }, "action", "actionUnknown"],
    [{ callYear: "2020" }, "callYear", "callYearOutside"],
    [{ callYear: "2028" }, "callYear", "callYearOutside"],
    [{ action: "KA103", callYear: "2021" }, "callYear", "callYearOutside"],
    [{ action: "KA107", callYear: "2014" }, "callYear", "callYearOutside"],
    [{ "rows.1.countryGroup": "1" }, "rows", "groupUnknown"],
  ])("%j → %s: %s", (extra, path, key) => {
    expect(errorsOf(table(extra))).toMatchObject({ [path]: `${V}.${key}` });
  });

  it("reports every bad amount at once", () => {
    const errors = errorsOf(table({ "rows.0.monthlyRate": "-1", "rows.2.greenTravel": "x" }));
    expect(Object.keys(errors).sort()).toEqual(["rows.0.monthlyRate", "rows.2.greenTravel"]);
  });

  it.each([
    ["KA103", "2014"],
    ["KA103", "2020"],
    ["KA107", "2015"],
    ["KA131", "2021"],
    ["KA131", "2027"],
  ])("accepts %s call %s", (action, callYear) => {
    expect(grantRateTableSchema.safeParse(table({ action, callYear })).success).toBe(true);
  });
});

describe("projectAgreementSchema", () => {
  const agreement = (action: string, callYear: string, agreementNumber: string) => projectAgreementSchema.safeParse({ action, callYear, agreementNumber });

  it.each([
    ["KA131", "2021", "2021-1-BE02-KA131-HED-000012345", "2021-1-BE02-KA131-HED-000012345"],
    ["KA131", "2021", "2021-1-TR01-KA131-HED-000003626", "2021-1-TR01-KA131-HED-000003626"],
    ["KA103", "2018", "2018-1-PL01-KA103-051716", "2018-1-PL01-KA103-051716"],
    ["KA107", "2019", "2019-1-EL01-KA107-062345", "2019-1-EL01-KA107-062345"],
    ["KA131", "2026", " 2026-1-be02-ka131-hed-000012345 ", "2026-1-BE02-KA131-HED-000012345"],
  ])("%s call %s accepts %j", (action, callYear, text, stored) => {
    const result = agreement(action, callYear, text);
    expect(result.success && result.data.agreementNumber).toBe(stored);
  });

  it.each([
    ["KA131", "2026", "", "agreementRequired"],
    ["KA131", "2026", "2026-BE02-KA131-000012345", "agreementFormat"],
    ["KA131", "2026", "2026-1-BE02-KA131-HED-12345", "agreementFormat"],
    ["KA103", "2018", "2018-1-PL01-KA103-51716", "agreementFormat"],
    ["KA131", "2026", "2026-1-BE02-KA131-000012", "agreementFormat"], // old shape for a KA131 call
    ["KA103", "2018", "2018-1-PL01-KA103-HED-000051716", "agreementFormat"], // new shape for a KA103 call
    ["KA131", "2026", "2026-1-BE02-KA103-051716", "agreementAction"],
    ["KA131", "2026", "2025-1-BE02-KA131-HED-000012345", "agreementYear"],
  ])("%s call %s refuses %j (%s)", (action, callYear, text, key) => {
    const result = agreement(action, callYear, text);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toContainEqual(["agreementNumber", `${V}.${key}`]);
  });

  it("refuses a call year outside the action", () => {
    const result = agreement("KA103", "2022", "2022-1-PL01-KA103-051716");
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("callYear");
  });

  it("reads the parts of both shapes", () => {
    expect(parseAgreementNumber("2021-1-BE02-KA131-HED-000012345")).toEqual({ year: 2021, action: "KA131", sector: "HED" });
    expect(parseAgreementNumber("2018-1-PL01-KA103-051716")).toEqual({ year: 2018, action: "KA103", sector: null });
    expect(parseAgreementNumber("2018-1-PL01-KA103")).toBeNull();
  });
});

describe("settingsFilter", () => {
  const today = new Date(Date.UTC(2026, 10, 24));
  it.each([
    [{}, "KA131", 2026],
    [{ action: "KA131", callYear: "2023" }, "KA131", 2023],
    [{ action: "ka103" }, "KA103", 2020],
    [{ action: "KA103", callYear: "2026" }, "KA103", 2020],
    [{ action: "KA107", callYear: "2016" }, "KA107", 2016],
    [{ action: "KA107", callYear: "2014" }, "KA107", 2020],
    [{ action: "nope", callYear: "2022" }, "KA131", 2022],
    [{ callYear: "20x6" }, "KA131", 2026],
    [{ action: ["KA103", "KA107"] }, "KA131", 2026],
  ])("%j → %s %i", (params, action, callYear) => {
    expect(settingsFilter(params, today)).toEqual({ action, callYear });
  });

  it("a date after the programme keeps its last call", () => {
    expect(settingsFilter({}, new Date(Date.UTC(2030, 0, 1)))).toEqual({ action: "KA131", callYear: 2027 });
  });
});
