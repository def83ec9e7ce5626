import { describe, expect, it } from "vitest";
import { PARTICIPANT_CATEGORIES, firstCallYearFor, isCategoryOpenInCallYear, isParticipantCategory, isRecentGraduateCategory } from "@/lib/domain/participants";

describe("participant scope over time (docs/domain.md §1)", () => {
  it.each([
    ["HE_STUDENT", 2018],
    ["HE_RECENT_GRADUATE", 2018],
    ["HE_STAFF", 2021],
    ["VET_LEARNER", 2021],
    ["VET_RECENT_GRADUATE", 2021],
    ["VET_STAFF", 2022],
    ["SCHOOL_STAFF", 2022],
    ["ADULT_EDUCATION_STAFF", 2022],
  ] as const)("%s: open from call %i, closed the year before", (category, first) => {
    expect(firstCallYearFor(category)).toBe(first);
    expect(isCategoryOpenInCallYear(category, first)).toBe(true);
    expect(isCategoryOpenInCallYear(category, first - 1)).toBe(false);
    expect(isCategoryOpenInCallYear(category, 2027)).toBe(true);
  });

  it("covers every category", () => {
    expect(PARTICIPANT_CATEGORIES).toHaveLength(8);
  });

  it.each([
    ["HE_RECENT_GRADUATE", true],
    ["VET_RECENT_GRADUATE", true],
    ["HE_STUDENT", false],
    ["VET_LEARNER", false],
  ] as const)("%s is a recent-graduate category: %s", (category, expected) => {
    expect(isRecentGraduateCategory(category)).toBe(expected);
  });

  it.each([
    ["HE_STUDENT", true],
    ["STUDENT", false],
    ["", false],
    [undefined, false],
  ])("isParticipantCategory(%j) = %s", (value, expected) => {
    expect(isParticipantCategory(value)).toBe(expected);
  });
});
