import { describe, expect, it } from "vitest";
import { placementCheckSchema } from "@/lib/validation/checks";
import { formatSettingsSchema } from "@/lib/validation/format-settings";
import { placementFormatSchema } from "@/lib/validation/placement-format";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));

describe("placementFormatSchema (docs/domain.md §3a)", () => {
  const base = { placementId: "p1", format: "HE-SMT-SHORT", action: "KA131" };

  it.each([
    [{}, {}],
    [{ virtualStart: "2027-02-01", virtualEnd: "2027-02-26", virtualDescription: "Online onboarding." }, {}],
    [{ virtualStart: "", virtualEnd: "", virtualDescription: "" }, {}],
    [
      { virtualDescription: "Online onboarding." },
      { virtualStart: "placementFormat.validation.virtualDatesRequired", virtualEnd: "placementFormat.validation.virtualDatesRequired" },
    ],
    [{ virtualStart: "2027-02-30", virtualEnd: "2027-03-01" }, { virtualStart: "placementFormat.validation.dateInvalid" }],
    [{ virtualStart: "2027-03-01", virtualEnd: "2027-02-01" }, { virtualEnd: "validation.endBeforeStart" }],
    [{ format: "HE-SMT" }, { format: "validation.formatUnknown" }],
    [{ action: "KA999" }, { action: "validation.actionUnknown" }],
  ])("%o → %o", (patch, errors) => {
    expect(errorsOf(placementFormatSchema.safeParse({ ...base, ...patch }))).toEqual(errors);
  });
});

describe("formatSettingsSchema", () => {
  it.each([
    [{ shortTermMinDays: "5", shortTermMaxDays: "30" }, {}],
    [{ shortTermMinDays: "10", shortTermMaxDays: "5" }, { shortTermMaxDays: "formatSettings.validation.maxBelowMin" }],
    [{ shortTermMinDays: "0" }, { shortTermMinDays: "formatSettings.validation.days" }],
    [{ shortTermMaxDays: "61" }, { shortTermMaxDays: "formatSettings.validation.days" }],
    [{ vetOutsideAssociated: "maybe" }, { vetOutsideAssociated: "formatSettings.validation.yesNo" }],
    [{ vetGraduateWindow: "middle" }, { vetGraduateWindow: "formatSettings.validation.window" }],
  ])("%o → %o", (input, errors) => {
    expect(errorsOf(formatSettingsSchema.safeParse(input))).toEqual(errors);
  });

  it("reads yes/no as booleans", () => {
    expect(formatSettingsSchema.parse({ vetOutsideAssociated: "true", vetGraduateWindow: "start" })).toEqual({
      vetOutsideAssociated: true,
      vetGraduateWindow: "start",
    });
    expect(formatSettingsSchema.parse({ vetOutsideAssociated: "false" }).vetOutsideAssociated).toBe(false);
  });
});

describe("placementCheckSchema: the optional format", () => {
  const request = {
    action: "KA131",
    callYear: 2026,
    participant: { category: "HE_STUDENT" },
    sendingCountry: "BE",
    hostCountry: "NL",
    hostOrganisationType: "COMPANY",
    start: "2026-03-01",
    end: "2026-03-20",
    activities: { categories: [], tasks: "x" },
  };
  it.each([
    [undefined, {}],
    ["he-smt", {}],
    ["HE-SMT-SHORT", {}],
    ["HE-XYZ", { format: "validation.formatUnknown" }],
    ["HE-STT", { format: "validation.formatNotForCategory" }],
    ["SM-JOB-SHDW", { format: "validation.formatNotForCategory" }],
  ])("format %s → %o", (format, errors) => {
    expect(errorsOf(placementCheckSchema.safeParse({ ...request, format }))).toEqual(errors);
  });

  it("normalises a BM code's case", () => {
    expect(placementCheckSchema.parse({ ...request, format: "he-smt" }).format).toBe("HE-SMT");
  });
});
