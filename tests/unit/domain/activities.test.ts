import { describe, expect, it } from "vitest";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS, isDotActivityId, isExcludedActivityId } from "@/lib/domain/activities";

describe("activity ids (docs/domain.md §1)", () => {
  it("has the seven DOT activities and four exclusions", () => {
    expect(DOT_ACTIVITY_IDS).toHaveLength(7);
    expect(EXCLUDED_ACTIVITY_IDS).toHaveLength(4);
  });

  it.each([
    ["digital-marketing", true, false],
    ["digital-design", true, false],
    ["software-development", true, false],
    ["it-systems", true, false],
    ["cybersecurity", true, false],
    ["data-analytics", true, false],
    ["robotics-ai", true, false],
    ["customer-support", false, true],
    ["order-fulfilment", false, true],
    ["data-entry-office", false, true],
    ["office-software", false, true],
    ["Digital-Marketing", false, false],
    ["", false, false],
    [42, false, false],
    [null, false, false],
  ])("%j: DOT %s, excluded %s", (value, dot, excluded) => {
    expect(isDotActivityId(value)).toBe(dot);
    expect(isExcludedActivityId(value)).toBe(excluded);
  });
});
