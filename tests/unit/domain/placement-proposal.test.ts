import { describe, expect, it } from "vitest";
import { proposeActionAndCallYear } from "@/lib/domain";

describe("proposeActionAndCallYear (domain.md §2)", () => {
  it.each([
    ["BE", "NL", "2026-11-24", "KA131", 2026, true],
    ["DE", "RS", "2026-01-10", "KA131", 2026, true], // associated third country
    ["ES", "ES", "2026-05-01", "KA131", 2026, false], // host = sending country
    ["BE", "US", "2026-05-01", "KA131", 2026, false], // outside the programme: the office check refuses
    ["BE", "CH", "2026-05-01", "KA131", 2026, false], // CH is not KA131; KA107 calls ended in 2020
    ["PL", "NL", "2029-03-01", "KA131", 2027, true], // no call after 2027 exists yet
  ])("%s → %s on %s: %s %i (countries fit: %s)", (sending, host, today, action, callYear, fit) => {
    expect(proposeActionAndCallYear({ sendingCountry: sending, hostCountry: host, today: new Date(`${today}T00:00:00Z`) })).toEqual({ action, callYear, countriesFit: fit });
  });
});
