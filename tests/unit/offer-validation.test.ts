import { describe, expect, it } from "vitest";
import { offerApiSchema, offerSchema } from "@/lib/validation/offer";
import { offerForm as form } from "../integration/offer-form";

// docs/domain.md §3a: who the offer is for, and its range in months or in days.
describe("offerSchema: who the offer is for", () => {
  it.each([
    ["absent (a client that predates it): students", undefined, { forStudents: true, forStaff: false, forVetLearners: false }],
    ["the editor's hidden entry and one box", ["", "staff"], { forStudents: false, forStaff: true, forVetLearners: false }],
    ["one value as a string", "vet", { forStudents: false, forStaff: false, forVetLearners: true }],
    ["all three", ["students", "staff", "vet"], { forStudents: true, forStaff: true, forVetLearners: true }],
    ["twice the same", ["staff", "staff"], { forStudents: false, forStaff: true, forVetLearners: false }],
  ])("%s", (_, value, flags) => {
    expect(offerSchema.parse({ ...form, for: value })).toMatchObject(flags);
  });

  it.each([
    ["nothing ticked (the editor's hidden entry only)", "", "validation.audienceRequired"],
    ["an empty list", [], "validation.audienceRequired"],
    ["an unknown group", ["teachers"], "validation.audienceUnknown"],
  ])("%s → %s", (_, value, message) => {
    const r = offerSchema.safeParse({ ...form, for: value });
    expect(r.error?.issues.map((i) => [String(i.path[0]), i.message])).toEqual([["for", message]]);
  });
});

describe("offerSchema: the duration range", () => {
  const days = {
    durationUnit: "days",
    durationMinMonths: "",
    durationMaxMonths: "",
    earliestStart: "2027-03-01",
    latestEnd: "2027-04-30",
    applicationDeadline: "2027-02-01",
  };

  it.each([
    // min days, max days → the month columns kept consistent (monthsCoveringDays)
    ["5", "30", 1, 1],
    ["2", "60", 1, 2],
    ["10", "89", 1, 3],
    ["1", "1", 1, 1],
    ["31", "31", 2, 2],
  ])("%s–%s days → months %i–%i, days kept", (min, max, minMonths, maxMonths) => {
    expect(offerSchema.parse({ ...form, ...days, durationMinDays: min, durationMaxDays: max })).toMatchObject({
      durationMinDays: Number(min),
      durationMaxDays: Number(max),
      durationMinMonths: minMonths,
      durationMaxMonths: maxMonths,
    });
  });

  it("a range in months clears the days (the default unit), whatever the day fields say", () => {
    expect(offerSchema.parse({ ...form, durationMinDays: "5", durationMaxDays: "30" })).toMatchObject({
      durationMinMonths: 3,
      durationMaxMonths: 6,
      durationMinDays: null,
      durationMaxDays: null,
    });
  });

  it.each([
    ["durationMinDays", { durationMinDays: "", durationMaxDays: "30" }, "validation.durationDays"],
    ["durationMaxDays", { durationMinDays: "5", durationMaxDays: "" }, "validation.durationDays"],
    ["durationMinDays", { durationMinDays: "0", durationMaxDays: "30" }, "validation.durationDays"],
    ["durationMaxDays", { durationMinDays: "5", durationMaxDays: "366" }, "validation.durationDays"],
    ["durationMaxDays", { durationMinDays: "30", durationMaxDays: "5" }, "validation.durationOrder"],
    ["durationMinDays", { durationMinDays: "2.5", durationMaxDays: "30" }, "validation.durationDays"],
    ["durationUnit", { durationUnit: "weeks", durationMinDays: "5", durationMaxDays: "30" }, "validation.durationUnit"],
  ])("%s: %j → %s", (field, patch, message) => {
    const r = offerSchema.safeParse({ ...form, ...days, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => String(i.path[0]) === field)?.message).toBe(message);
  });

  it("months are required when the unit is months", () => {
    const r = offerSchema.safeParse({ ...form, durationMinMonths: "" });
    expect(r.error?.issues.map((i) => [String(i.path[0]), i.message])).toEqual([["durationMinMonths", "validation.durationMonths"]]);
  });

  it("publishing checks the window in days: 14 days do not fit 1–10 March", () => {
    const tight = { ...form, ...days, durationMinDays: "14", durationMaxDays: "20", latestEnd: "2027-03-10", intent: "publish" };
    const r = offerSchema.safeParse(tight);
    expect(r.error?.issues.map((i) => [String(i.path[0]), i.message])).toEqual([["latestEnd", "offerEditor.windowTooShort"]]);
    expect(offerSchema.safeParse({ ...tight, durationMinDays: "10" }).success).toBe(true);
  });
});

describe("offerApiSchema", () => {
  it("reads languages as objects, publish as a flag, and never takes the offer id from the body", () => {
    const { languageCode: _c, languageLevel: _l, ...rest } = form;
    const r = offerApiSchema.parse({ ...rest, offerId: "someone-else", publish: true, for: ["staff"], languages: [{ language: "de", level: "B1" }] });
    expect(r).toMatchObject({ offerId: null, intent: "publish", forStaff: true, forStudents: false, languages: [{ language: "de", level: "B1" }] });
  });

  it("numbers may be JSON numbers", () => {
    const { languageCode: _c, languageLevel: _l, ...rest } = form;
    const r = offerApiSchema.parse({ ...rest, durationUnit: "days", durationMinDays: 5, durationMaxDays: 30, durationMinMonths: undefined, places: 1 });
    expect(r).toMatchObject({ intent: "save", durationMinDays: 5, durationMaxDays: 30, durationMinMonths: 1, durationMaxMonths: 1, languages: [] });
  });
});
