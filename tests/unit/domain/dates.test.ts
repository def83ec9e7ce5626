import { describe, expect, it } from "vitest";
import {
  addMonthsMinusOneDay,
  calendarDateOf,
  dateFromIso,
  daysInMonth,
  formatIsoDate,
  inclusiveDayCount,
  isLeapYear,
  isoDate,
  isoDateOrNull,
  parseIsoDate,
  startOfUtcDay,
  utcDate,
} from "@/lib/domain/dates";

const date = (s: string) => {
  const parsed = parseIsoDate(s);
  if (!parsed) throw new Error(`bad test date ${s}`);
  return parsed;
};

describe("parseIsoDate", () => {
  it.each([
    ["2025-03-01", { y: 2025, m: 3, d: 1 }],
    ["2024-02-29", { y: 2024, m: 2, d: 29 }],
    ["2000-02-29", { y: 2000, m: 2, d: 29 }],
    ["2025-12-31", { y: 2025, m: 12, d: 31 }],
  ])("%s → %j", (input, expected) => {
    expect(parseIsoDate(input)).toEqual(expected);
  });

  it.each([
    "2025-02-29", // not a leap year
    "1900-02-29", // century, not a leap year
    "2025-02-30",
    "2025-04-31",
    "2025-13-01",
    "2025-00-10",
    "2025-01-00",
    "2025-1-01",
    "25-01-01",
    "2025/01/01",
    "2025-01-01T00:00:00Z",
    "",
  ])("rejects %j", (input) => {
    expect(parseIsoDate(input)).toBeNull();
  });
});

describe("calendar helpers", () => {
  it.each([
    [2024, true],
    [2025, false],
    [1900, false],
    [2000, true],
  ])("isLeapYear(%i) = %s", (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])("daysInMonth(%i, %i) = %i", (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });

  it("formats with zero padding", () => {
    expect(formatIsoDate({ y: 987, m: 3, d: 4 })).toBe("0987-03-04");
  });
});

describe("inclusiveDayCount (docs/domain.md §3)", () => {
  it.each([
    ["2025-03-01", "2025-04-29", 60], // the docs/domain.md example
    ["2025-03-01", "2025-04-28", 59],
    ["2025-03-01", "2025-03-01", 1],
    ["2024-02-28", "2024-03-01", 3], // leap day
    ["2025-02-28", "2025-03-01", 2],
    ["2025-03-30", "2025-03-31", 2], // across the EU summer-time change: no lost hour
    ["2025-01-01", "2025-12-31", 365],
    ["2024-01-01", "2024-12-31", 366],
  ])("%s → %s = %i days", (start, end, days) => {
    expect(inclusiveDayCount(date(start), date(end))).toBe(days);
  });
});

describe("addMonthsMinusOneDay (docs/domain.md §3: start + 12 months − 1 day)", () => {
  it.each([
    ["2025-03-01", 12, "2026-02-28"],
    ["2023-03-01", 12, "2024-02-29"], // ends on a leap day
    ["2025-01-31", 12, "2026-01-30"], // month end
    ["2025-01-01", 12, "2025-12-31"],
    ["2024-02-29", 12, "2025-02-28"], // leap-day start: last day of February
    ["2025-01-31", 1, "2025-02-28"], // no 31 February: last day of that month
    ["2024-01-31", 1, "2024-02-29"],
    ["2025-01-30", 1, "2025-02-28"],
    ["2025-03-31", 1, "2025-04-30"],
    ["2025-11-15", 3, "2026-02-14"],
  ])("%s + %i months − 1 day = %s", (start, months, expected) => {
    expect(formatIsoDate(addMonthsMinusOneDay(date(start), months))).toBe(expected);
  });
});

describe("Date columns (calendar dates at 00:00 UTC)", () => {
  // 23:30 UTC is already the next day east of UTC: every reading stays on the UTC day.
  const lateEvening = new Date("2025-03-01T23:30:00.000Z");

  it("reads the UTC day", () => {
    expect(isoDate(lateEvening)).toBe("2025-03-01");
    expect(calendarDateOf(lateEvening)).toEqual({ y: 2025, m: 3, d: 1 });
    expect(startOfUtcDay(lateEvening).toISOString()).toBe("2025-03-01T00:00:00.000Z");
  });

  it("a missing date reads as null", () => {
    expect(isoDateOrNull(null)).toBeNull();
    expect(isoDateOrNull(undefined)).toBeNull();
    expect(isoDateOrNull(lateEvening)).toBe("2025-03-01");
  });

  it("builds the Date at 00:00 UTC", () => {
    expect(utcDate(2024, 2, 29).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(dateFromIso("2024-02-29").toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(Number.isNaN(dateFromIso("29.02.2024").getTime())).toBe(true);
  });
});
