import { describe, expect, it } from "vitest";
import { DEFAULT_FORMAT_SETTINGS, proposeActionAndCallYear } from "@/lib/domain";

describe("proposeActionAndCallYear (docs/domain.md §2)", () => {
  it.each([
    ["BE", "NL", "2026-11-24", "KA131", 2026, true],
    ["DE", "RS", "2026-01-10", "KA131", 2026, true], // associated third country
    ["ES", "ES", "2026-05-01", "KA131", 2026, false], // host = sending country
    ["BE", "US", "2026-05-01", "KA131", 2026, false], // outside the programme: the office check refuses
    ["BE", "CH", "2026-05-01", "KA131", 2026, false], // CH is not KA131; KA107 calls ended in 2020
    ["PL", "NL", "2029-03-01", "KA131", 2027, true], // no call after 2027 exists yet
  ])("%s → %s on %s: %s %i (countries fit: %s)", (sending, host, today, action, callYear, fit) => {
    expect(proposeActionAndCallYear({ sendingCountry: sending, hostCountry: host, today: new Date(`${today}T00:00:00Z`) })).toEqual({
      action,
      callYear,
      format: "HE-SMT-LONG",
      countriesFit: fit,
    });
  });
});

describe("proposeActionAndCallYear per participant (docs/domain.md §3a)", () => {
  const today = new Date("2026-05-01T00:00:00Z");
  it.each([
    ["HE_STUDENT", 20, undefined, "KA131", "HE-SMT-SHORT"],
    // Under an offer of months, a student's 20 days are a long-term traineeship that is too short.
    ["HE_STUDENT", 20, false, "KA131", "HE-SMT-LONG"],
    ["HE_STUDENT", 120, true, "KA131", "HE-SMT-LONG"],
    ["HE_STAFF", 92, undefined, "KA131", "HE-STT"],
    ["VET_LEARNER", 21, undefined, "KA121-VET", "LM-SHORT-VET"],
    ["VET_RECENT_GRADUATE", 180, undefined, "KA121-VET", "LM-LONG-VET"],
    ["VET_STAFF", 21, undefined, "KA121-VET", "SM-JOB-SHDW"],
    ["SCHOOL_STAFF", 90, undefined, "KA121-SCH", "SM-TTA"],
    ["ADULT_EDUCATION_STAFF", 5, undefined, "KA121-ADU", "SM-JOB-SHDW"],
  ] as const)("%s, %i days (short-term offer: %s) → %s %s", (category, days, shortTermOffer, action, format) => {
    expect(proposeActionAndCallYear({ sendingCountry: "DE", hostCountry: "FI", today, category, days, shortTermOffer })).toEqual({
      action,
      callYear: 2026,
      format,
      countriesFit: true,
    });
  });

  it("VET may go beyond the associated countries only when the office allows it (unconfirmed in §3a)", () => {
    const base = { sendingCountry: "DE", hostCountry: "CA", today, category: "VET_LEARNER", days: 30 } as const;
    expect(proposeActionAndCallYear(base).countriesFit).toBe(false);
    const settings = { ...DEFAULT_FORMAT_SETTINGS, vetOutsideAssociated: true };
    expect(proposeActionAndCallYear({ ...base, settings })).toMatchObject({ action: "KA121-VET", countriesFit: true });
    // …never for higher education.
    expect(proposeActionAndCallYear({ ...base, category: "HE_STUDENT", settings }).countriesFit).toBe(false);
  });
});
