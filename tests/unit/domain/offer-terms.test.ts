import { describe, expect, it } from "vitest";
import { PARTICIPANT_CATEGORIES } from "@/lib/domain/participants";
import { AUDIENCE_OF_CATEGORY, audienceFlags, audienceMask, monthsCoveringDays, offerAudiences, offerDurationRange, periodEnd } from "@/lib/domain/offer-terms";
import { parseIsoDate, formatIsoDate } from "@/lib/domain/dates";

// docs/domain.md §3a: who an offer is for, and its range in days or months.
describe("offer terms", () => {
  it.each([
    [1, 1],
    [5, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [89, 3],
    [90, 3],
    [365, 13],
  ])("%i days are covered by %i months of 30 days", (days, months) => {
    expect(monthsCoveringDays(days)).toBe(months);
  });

  it("every category has its group", () => {
    expect(PARTICIPANT_CATEGORIES.map((c) => `${c}:${AUDIENCE_OF_CATEGORY[c]}`)).toEqual([
      "HE_STUDENT:students",
      "HE_RECENT_GRADUATE:students",
      "HE_STAFF:staff",
      "VET_LEARNER:vet",
      "VET_RECENT_GRADUATE:vet",
      "VET_STAFF:staff",
      "SCHOOL_STAFF:staff",
      "ADULT_EDUCATION_STAFF:staff",
    ]);
  });

  it.each([
    [["students"], 1],
    [["staff"], 2],
    [["vet"], 4],
    [["students", "vet"], 5],
    [["students", "staff", "vet"], 7],
  ] as const)("%j ↔ flags ↔ mask %i", (audiences, mask) => {
    const flags = audienceFlags(audiences);
    expect(offerAudiences(flags)).toEqual(audiences);
    expect(audienceMask(flags)).toBe(mask);
  });

  it.each([
    [
      { durationMinMonths: 3, durationMaxMonths: 6 },
      { unit: "months", min: 3, max: 6 },
    ],
    [
      { durationMinMonths: 3, durationMaxMonths: 6, durationMinDays: null, durationMaxDays: null },
      { unit: "months", min: 3, max: 6 },
    ],
    [
      { durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30 },
      { unit: "days", min: 5, max: 30 },
    ],
    // Only both day columns make a range in days.
    [
      { durationMinMonths: 2, durationMaxMonths: 3, durationMinDays: 5, durationMaxDays: null },
      { unit: "months", min: 2, max: 3 },
    ],
  ])("%j → %j", (columns, range) => {
    expect(offerDurationRange(columns)).toEqual(range);
  });

  it.each([
    ["2027-03-01", 1, "days", "2027-03-01"],
    ["2027-03-01", 30, "days", "2027-03-30"],
    ["2027-02-20", 10, "days", "2027-03-01"],
    ["2027-03-01", 1, "months", "2027-03-31"],
    ["2027-01-31", 1, "months", "2027-02-28"],
  ] as const)("%s + %i %s ends on %s", (start, length, unit, end) => {
    expect(formatIsoDate(periodEnd(parseIsoDate(start)!, length, unit))).toBe(end);
  });
});
