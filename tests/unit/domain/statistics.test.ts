import { describe, expect, it } from "vitest";
import { type StatsRecord, aggregateRecords, fillMonths, monthKey, publicStatistics } from "@/lib/domain/statistics";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function rec(host: string, sending: string, categories: unknown, field: string, start: string): StatsRecord {
  return { receivingCountry: host, sendingCountry: sending, categories, fieldOfEducation: field, startDate: day(start) };
}

describe("monthKey", () => {
  it.each([
    ["2025-03-01", "2025-03"],
    ["2025-12-31", "2025-12"],
    ["2024-02-29", "2024-02"],
  ])("%s → %s", (iso, key) => {
    expect(monthKey(day(iso))).toBe(key);
  });
});

describe("fillMonths", () => {
  it.each<[[string, number][], Record<string, number>]>([
    [[], {}],
    [[["2025-03", 2]], { "2025-03": 2 }],
    [
      [
        ["2025-05", 1],
        ["2025-03", 2],
      ],
      { "2025-03": 2, "2025-04": 0, "2025-05": 1 },
    ],
    [
      [
        ["2025-01", 1],
        ["2024-11", 4],
      ],
      { "2024-11": 4, "2024-12": 0, "2025-01": 1 },
    ], // across a year end
  ])("%j → %j", (entries, expected) => {
    const filled = fillMonths(new Map(entries));
    expect(filled).toEqual(expected);
    expect(Object.keys(filled)).toEqual(Object.keys(expected)); // chronological
  });
});

describe("aggregateRecords", () => {
  const records = [
    rec("NL", "BE", ["software-development", "data-analytics"], "0613", "2025-03-01"),
    rec("NL", "ES", ["software-development"], "0613", "2025-03-15"),
    rec("DE", "BE", ["digital-marketing"], "0414", "2025-05-01"),
    rec("PT", "BE", ["cybersecurity", "cybersecurity", "customer-support"], "0612", "2024-11-01"),
    rec("DE", "ES", "not-json-array", "0613", "2025-05-20"),
  ];

  it("counts every breakdown", () => {
    const stats = aggregateRecords(records);
    expect(stats.total).toBe(5);
    expect(stats.byHostCountry).toEqual({ DE: 2, NL: 2, PT: 1 });
    expect(stats.bySendingCountry).toEqual({ BE: 3, ES: 2 });
    expect(stats.byField).toEqual({ "0613": 3, "0414": 1, "0612": 1 });
    // Several categories count once each; duplicates and non-DOT ids are ignored.
    expect(stats.byCategory).toEqual({ "software-development": 2, cybersecurity: 1, "data-analytics": 1, "digital-marketing": 1 });
    expect(stats.byMonth).toEqual({ "2024-11": 1, "2024-12": 0, "2025-01": 0, "2025-02": 0, "2025-03": 2, "2025-04": 0, "2025-05": 2 });
  });

  it("orders counts largest first, ties by key", () => {
    const stats = aggregateRecords(records);
    expect(Object.keys(stats.byHostCountry)).toEqual(["DE", "NL", "PT"]);
    expect(Object.keys(stats.byField)).toEqual(["0613", "0414", "0612"]);
  });

  it("adds up to the total in every breakdown except categories", () => {
    const stats = aggregateRecords(records);
    const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    for (const key of ["byHostCountry", "bySendingCountry", "byField", "byMonth"] as const) expect(sum(stats[key])).toBe(stats.total);
  });

  it("is empty for no records", () => {
    expect(aggregateRecords([])).toEqual({ total: 0, byHostCountry: {}, byCategory: {}, bySendingCountry: {}, byField: {}, byMonth: {} });
  });

  it("publishes exactly the documented keys", () => {
    expect(Object.keys(publicStatistics(aggregateRecords(records)))).toEqual(["total", "byHostCountry", "byCategory", "bySendingCountry", "byField"]);
  });
});
