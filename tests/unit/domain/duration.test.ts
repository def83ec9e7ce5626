import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/domain/dates";
import { durationRule, monthsForCap } from "@/lib/domain/duration";

describe("durationRule (docs/domain.md §3)", () => {
  it.each([
    // start, end, ok, problem, days
    ["2025-03-01", "2025-04-29", true, null, 60], // exactly 60 days
    ["2025-03-01", "2025-04-28", false, "too-short", 59],
    ["2025-03-01", "2026-02-28", true, null, 365], // exactly 12 months
    ["2025-03-01", "2026-03-01", false, "too-long", 366], // one day more
    ["2023-03-01", "2024-02-29", true, null, 366], // 12 months ending on a leap day
    ["2023-03-01", "2024-03-01", false, "too-long", 367],
    ["2025-01-31", "2026-01-30", true, null, 365], // month end
    ["2025-01-31", "2026-01-31", false, "too-long", 366],
    ["2024-02-29", "2025-02-28", true, null, 366], // leap-day start
    ["2024-02-29", "2025-03-01", false, "too-long", 367],
    ["2025-04-29", "2025-03-01", false, "end-before-start", 0],
    ["2025-02-30", "2025-06-01", false, "invalid-start", 0],
    ["2025-03-01", "2025-06-31", false, "invalid-end", 0],
  ])("%s → %s: ok %s (%s), %i days", (start, end, ok, problem, days) => {
    const result = durationRule(start, end);
    expect(result.ok).toBe(ok);
    expect(result.problem).toBe(problem);
    expect(result.days).toBe(days);
  });

  it("reports the latest allowed end date", () => {
    expect(durationRule("2025-01-31", "2025-06-01").latestEnd).toBe("2026-01-30");
  });
});

describe("monthsForCap: calendar months + remaining days / 30", () => {
  const span = (start: string, end: string) => {
    const s = parseIsoDate(start);
    const e = parseIsoDate(end);
    if (!s || !e) throw new Error("bad test date");
    return monthsForCap(s, e);
  };

  it.each([
    ["2025-01-01", "2025-12-31", 12, 0], // a full-year placement is exactly 12 months
    ["2024-01-01", "2024-12-31", 12, 0], // also in a leap year (366 days)
    ["2025-03-01", "2025-05-31", 3, 0],
    ["2025-03-01", "2025-04-29", 1, 29], // 60 days
    ["2025-03-01", "2025-03-10", 0, 10],
    ["2025-01-31", "2025-02-28", 1, 0],
  ])("%s → %s = %i months + %i days", (start, end, wholeMonths, extraDays) => {
    const result = span(start, end);
    expect(result.wholeMonths).toBe(wholeMonths);
    expect(result.extraDays).toBe(extraDays);
    expect(result.months).toBeCloseTo(wholeMonths + extraDays / 30, 10);
  });
});
