import { describe, expect, it } from "vitest";
import { chartLabel, gridStep, monthTicks } from "@/components/charts/scale";

describe("gridStep: round steps, about four up to the maximum", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 1],
    [5, 2],
    [8, 2],
    [24, 10],
    [36, 10],
    [114, 50],
    [1000, 500],
  ])("max %i → step %i", (max, step) => {
    expect(gridStep(max)).toBe(step);
  });
});

describe("monthTicks", () => {
  const months = (from: [number, number], n: number) =>
    Array.from({ length: n }, (_, i) => {
      const m = from[0] * 12 + from[1] - 1 + i;
      return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
    });

  it("labels every month of a short series", () => {
    const keys = months([2025, 3], 3);
    expect(monthTicks(keys, ["Mar 2025", "Apr 2025", "May 2025"])).toEqual(["Mar 2025", "Apr 2025", "May 2025"]);
  });

  it("labels only each January of a long series, with the year", () => {
    const keys = months([2024, 1], 25);
    const ticks = monthTicks(keys, keys);
    expect(ticks.filter(Boolean)).toEqual(["2024", "2025", "2026"]);
    expect(ticks[12]).toBe("2025");
  });

  it.each([
    [
      [2018, 10],
      ["2019", "2020"],
    ], // January 3 columns in: the first column stays unlabelled (no collision)
    [
      [2018, 5],
      ["2018", "2019", "2020"],
    ], // January 8 columns in: the first column gets its year
  ])("a series from %j is labelled %j", (from, years) => {
    const keys = months(from as [number, number], 26);
    expect(monthTicks(keys, keys).filter(Boolean).slice(0, years.length)).toEqual(years);
  });
});

describe("chartLabel", () => {
  it.each([
    ["Spain", "Spain"],
    ["0613 Software and applications development and analysis", "0613 Software and appl…"],
    ["x".repeat(23), "x".repeat(23)],
    ["x".repeat(24), `${"x".repeat(22)}…`],
  ])("%s → %s", (label, shown) => {
    expect(chartLabel(label)).toBe(shown);
  });
});
