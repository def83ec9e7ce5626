import { describe, expect, it } from "vitest";
import { eqfRangeFor, isEqfLevelAllowed } from "@/lib/domain/eqf";
import { PARTICIPANT_CATEGORIES } from "@/lib/domain/participants";

describe("EQF level per participant category (docs/domain.md §5–6)", () => {
  it.each([
    ["HE_STUDENT", 5, 8],
    ["HE_RECENT_GRADUATE", 5, 8],
    ["HE_STAFF", 5, 8],
    ["VET_LEARNER", 2, 5],
    ["VET_RECENT_GRADUATE", 2, 5],
    ["VET_STAFF", 1, 8],
    ["SCHOOL_STAFF", 1, 8],
    ["ADULT_EDUCATION_STAFF", 1, 8],
  ] as const)("%s: EQF %i–%i, not one below or above", (category, min, max) => {
    expect(eqfRangeFor(category)).toEqual({ min, max });
    expect(isEqfLevelAllowed(category, min)).toBe(true);
    expect(isEqfLevelAllowed(category, max)).toBe(true);
    expect(isEqfLevelAllowed(category, min - 1)).toBe(false);
    expect(isEqfLevelAllowed(category, max + 1)).toBe(false);
  });

  it("refuses fractions and covers every category", () => {
    expect(isEqfLevelAllowed("HE_STUDENT", 6.5)).toBe(false);
    for (const c of PARTICIPANT_CATEGORIES) expect(eqfRangeFor(c).min).toBeGreaterThanOrEqual(1);
  });
});
