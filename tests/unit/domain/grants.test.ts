import { describe, expect, it } from "vitest";
import { DEFAULT_GRANT_RATES, type GrantRateRow, estimateGrant, fundedDuration } from "@/lib/domain/grants";
import type { FormatId } from "@/lib/domain/formats";
import type { KeyAction } from "@/lib/domain/actions";

describe("fundedDuration (docs/domain.md §4)", () => {
  it.each([
    [150, 5, 0],
    [75, 2, 15],
    [60, 2, 0],
    [59, 1, 29],
    [365, 12, 5],
    [0, 0, 0],
  ])("%i days = %i months + %i days", (days, fullMonths, extraDays) => {
    expect(fundedDuration(days)).toEqual({ fullMonths, extraDays });
  });
});

describe("estimateGrant", () => {
  const base = { fewerOpportunities: false, greenTravel: false } as const;

  it.each([
    // action, call, host, days, group, rate €, base €
    ["KA131", 2022, "DK", 150, 1, 540, 2700], // 5 × 540
    ["KA131", 2022, "DE", 150, 2, 490, 2450],
    ["KA131", 2022, "PL", 75, 3, 440, 1100], // 2 × 440 + 15 × 440 / 30
    ["KA131", 2022, "EL", 60, 2, 490, 980],
    ["KA103", 2019, "GB", 90, 1, 400, 1200],
    ["KA103", 2019, "RS", 90, 3, 300, 900],
    ["KA107", 2018, "CH", 90, null, 700, 2100],
  ] as const)("%s %i to %s, %i days: group %j, %i €/month, base %i €", (action, callYear, host, days, group, rate, baseEur) => {
    const estimate = estimateGrant({ ...base, action, callYear, hostCountry: host, days });
    expect(estimate).not.toBeNull();
    expect(estimate?.countryGroup).toBe(group);
    expect(estimate?.monthlyRateCents).toBe(rate * 100);
    expect(estimate?.baseCents).toBe(baseEur * 100);
  });

  it("adds the KA131 top-ups (§4): traineeship, fewer opportunities per month, green travel once", () => {
    const estimate = estimateGrant({ action: "KA131", callYear: 2023, hostCountry: "DK", days: 75, fewerOpportunities: true, greenTravel: true });
    expect(estimate).toEqual({
      basis: "monthly",
      countryGroup: 1,
      days: 75,
      dailyRateCents: 0,
      secondBandDays: 0,
      secondBandDailyCents: 0,
      fullMonths: 2,
      extraDays: 15,
      monthlyRateCents: 54_000,
      baseCents: 135_000, // 2 × 540 + 15 × 540 / 30
      traineeshipTopUpCents: 37_500, // 2 × 150 + 75
      fewerOpportunitiesTopUpCents: 62_500, // 2 × 250 + 125
      greenTravelCents: 5_000,
      totalCents: 240_000,
    });
  });

  it("rounds each amount half up to the cent, once, and the parts add up to the total", () => {
    const rates: GrantRateRow[] = [
      {
        action: "KA131",
        callYear: 2024,
        countryGroup: 2,
        monthlyRateCents: 49_001,
        traineeshipTopUpCents: 15_001,
        fewerOpportunitiesTopUpCents: 0,
        greenTravelCents: 0,
      },
    ];
    // 1 day of 49,001 cents / 30 = 1633.37 → 1633; 15 days: 24,500.5 → 24,501 (half up)
    const oneDay = estimateGrant({ ...base, action: "KA131", callYear: 2024, hostCountry: "DE", days: 1, rates });
    expect(oneDay?.baseCents).toBe(1633);
    const fifteen = estimateGrant({ ...base, action: "KA131", callYear: 2024, hostCountry: "DE", days: 15, rates });
    expect(fifteen?.baseCents).toBe(24_501);
    expect(fifteen?.traineeshipTopUpCents).toBe(7501); // 7500.5 → 7501
    expect(fifteen?.totalCents).toBe(24_501 + 7501);
  });

  it.each([
    ["KA131", 2022, "GB"], // no group: not associated
    ["KA131", 2030, "DE"], // no rate row
    ["KA103", 2018, "RS"], // not yet a Programme Country
    ["KA131", 2022, "XX"],
  ] as const)("%s %i to %s: no estimate", (action, callYear, host) => {
    expect(estimateGrant({ ...base, action, callYear, hostCountry: host, days: 90 })).toBeNull();
  });

  it("has default rows for every call year of every action and group", () => {
    const count = (action: string) => DEFAULT_GRANT_RATES.filter((r) => r.action === action).length;
    expect(count("KA103")).toBe(7 * 3);
    expect(count("KA107")).toBe(6 * 3);
    expect(count("KA131")).toBe(7 * 3);
  });
});

describe("daily grants per format (docs/domain.md §3a)", () => {
  const daily = (format: FormatId, action: KeyAction, hostCountry: string, days: number, greenTravel = false) =>
    estimateGrant({ action, format, callYear: 2025, hostCountry, days, fewerOpportunities: true, greenTravel });

  it.each([
    // format, action, host, days → basis, base cents (default rates of lib/domain/grants.ts)
    ["HE-SMT-SHORT", "KA131", "FI", 5, "daily-bands", 5 * 7_900],
    ["HE-SMT-SHORT", "KA131", "FI", 14, "daily-bands", 14 * 7_900],
    ["HE-SMT-SHORT", "KA131", "FI", 15, "daily-bands", 14 * 7_900 + 5_600],
    ["HE-SMT-SHORT", "KA131", "PL", 30, "daily-bands", 14 * 7_900 + 16 * 5_600],
    ["HE-STT", "KA131", "DK", 10, "staff-daily", 10 * 18_000],
    ["HE-STT", "KA131", "ES", 10, "staff-daily", 10 * 16_000],
    ["SM-JOB-SHDW", "KA121-VET", "CZ", 21, "staff-daily", 21 * 11_900],
    ["SM-TTA", "KA122-ADU", "SE", 60, "staff-daily", 60 * 15_300],
    ["LM-SHORT-VET", "KA121-VET", "IT", 30, "learner-daily", 30 * 5_100],
    ["LM-LONG-VET", "KA122-VET", "NO", 120, "learner-daily", 120 * 5_800],
  ] as const)("%s under %s in %s, %i days: %s, %i cents", (format, action, host, days, basis, cents) => {
    const estimate = daily(format, action, host, days);
    expect(estimate).toMatchObject({ basis, baseCents: cents, totalCents: cents, fullMonths: 0, monthlyRateCents: 0 });
    // No monthly top-up on a daily grant, whatever the participant's flags.
    expect(estimate?.traineeshipTopUpCents).toBe(0);
    expect(estimate?.fewerOpportunitiesTopUpCents).toBe(0);
  });

  it("splits a short-term traineeship into its two bands", () => {
    expect(daily("HE-SMT-SHORT", "KA131", "BE", 20)).toMatchObject({ days: 14, dailyRateCents: 7_900, secondBandDays: 6, secondBandDailyCents: 5_600 });
  });

  it("adds green travel once, and reads the institution's own daily rates first", () => {
    expect(daily("SM-JOB-SHDW", "KA121-VET", "CZ", 10, true)?.totalCents).toBe(10 * 11_900 + 5_000);
    const rates: GrantRateRow[] = [
      {
        action: "KA121-VET",
        callYear: 2025,
        countryGroup: 3,
        monthlyRateCents: 0,
        traineeshipTopUpCents: 0,
        fewerOpportunitiesTopUpCents: 0,
        greenTravelCents: 0,
        staffDailyCents: 10_000,
        learnerDailyCents: 4_000,
      },
    ];
    expect(
      estimateGrant({
        action: "KA121-VET",
        format: "LM-SHORT-VET",
        callYear: 2025,
        hostCountry: "CZ",
        days: 10,
        fewerOpportunities: false,
        greenTravel: false,
        rates,
      })?.baseCents,
    ).toBe(40_000);
  });

  it("has no estimate when the row sets no daily rate (0 = not set)", () => {
    const rates: GrantRateRow[] = [
      {
        action: "KA131",
        callYear: 2025,
        countryGroup: 2,
        monthlyRateCents: 49_000,
        traineeshipTopUpCents: 15_000,
        fewerOpportunitiesTopUpCents: 0,
        greenTravelCents: 0,
      },
    ];
    expect(
      estimateGrant({ action: "KA131", format: "HE-STT", callYear: 2025, hostCountry: "ES", days: 5, fewerOpportunities: false, greenTravel: false, rates }),
    ).toBeNull();
  });
});
