import { describe, expect, it } from "vitest";
import { CHECK_IDS, HARD_CHECK_IDS, type PlacementCheckInput, checkPlacement } from "@/lib/domain/placement-checks";

const DOT_TASKS = "Develop new features for our React web application and build Power BI dashboards.";

/** A valid KA131 placement; each test changes one thing. */
const valid: PlacementCheckInput = {
  action: "KA131",
  callYear: 2022,
  format: "HE-SMT-LONG",
  participant: { category: "HE_STUDENT", previousMonths: 0 },
  sendingCountry: "DE",
  hostCountry: "ES",
  hostOrganisationType: "COMPANY",
  start: "2023-03-01",
  end: "2023-05-31",
  activities: { categories: ["software-development"], tasks: DOT_TASKS },
};

type Overrides = Partial<Omit<PlacementCheckInput, "participant" | "activities">> & {
  participant?: Partial<PlacementCheckInput["participant"]>;
  activities?: Partial<PlacementCheckInput["activities"]>;
};

function placement(overrides: Overrides = {}): PlacementCheckInput {
  return {
    ...valid,
    ...overrides,
    participant: { ...valid.participant, ...overrides.participant },
    activities: { ...valid.activities, ...overrides.activities },
  };
}

function checkOf(input: PlacementCheckInput, id: (typeof CHECK_IDS)[number]) {
  const found = checkPlacement(input).checks.find((c) => c.id === id);
  if (!found) throw new Error(`no ${id} check`);
  return found;
}

describe("checkPlacement: shape", () => {
  it("returns the seven checks in the fixed order, all passing for a valid placement", () => {
    const result = checkPlacement(valid);
    expect(result.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.approvable).toBe(true);
    expect(result.durationDays).toBe(92);
    expect(result.classification.categories).toEqual(["software-development", "data-analytics"]);
    for (const c of result.checks) {
      expect(c.message.length).toBeGreaterThan(10);
      expect(typeof c.code).toBe("string");
    }
  });

  it("treats every check but digital-activity as hard", () => {
    expect(HARD_CHECK_IDS).toEqual(CHECK_IDS.filter((id) => id !== "digital-activity"));
  });
});

describe("digital-activity (docs/domain.md §1)", () => {
  it("passes with evidence and reports declared categories without evidence", () => {
    const c = checkOf(placement({ activities: { categories: ["software-development", "cybersecurity", "nonsense"] } }), "digital-activity");
    expect(c.ok).toBe(true);
    expect(c.details?.declaredWithoutEvidence).toEqual(["cybersecurity"]);
    expect(c.details?.unknownDeclared).toEqual(["nonsense"]);
    expect(c.details?.declared).toEqual([
      { id: "software-development", hasEvidence: true },
      { id: "cybersecurity", hasEvidence: false },
    ]);
  });

  it("fails without evidence: not approvable, but the hard checks pass (an officer may override)", () => {
    const result = checkPlacement(placement({ activities: { tasks: "Answer the phone at the reception and file invoices." } }));
    const c = result.checks.find((x) => x.id === "digital-activity");
    expect(c?.ok).toBe(false);
    expect(c?.code).toBe("no-evidence");
    expect(result.approvable).toBe(false);
    expect(result.hardChecksPass).toBe(true);
  });
});

describe("duration (docs/domain.md §3)", () => {
  it.each([
    ["2023-03-01", "2023-04-29", true, "ok"], // 60 days
    ["2023-03-01", "2023-04-28", false, "too-short"], // 59 days
    ["2023-03-01", "2024-02-29", true, "ok"], // 12 months exactly (leap year)
    ["2023-03-01", "2024-03-01", false, "too-long"], // one day more
    ["2025-01-31", "2026-01-30", true, "ok"],
    ["2025-01-31", "2026-01-31", false, "too-long"],
    ["2023-05-01", "2023-03-01", false, "end-before-start"],
    ["2023-02-30", "2023-05-01", false, "invalid-start"],
    ["2023-03-01", "tomorrow", false, "invalid-end"],
  ])("%s → %s: ok %s (%s)", (start, end, ok, code) => {
    const input = placement({ start, end, participant: { previousMonths: 0 } });
    const c = checkOf(input, "duration");
    expect(c.ok).toBe(ok);
    expect(c.code).toBe(code);
    expect(checkPlacement(input).approvable).toBe(ok);
  });
});

describe("country (docs/domain.md §2)", () => {
  it.each([
    // action, call, sending, host, ok, code
    ["KA103", 2018, "DE", "RS", false, "host-not-eligible"], // RS before 2019
    ["KA103", 2019, "DE", "RS", true, "ok"],
    ["KA103", 2019, "RS", "DE", true, "ok"], // and may send from 2019
    ["KA103", 2018, "RS", "DE", false, "sending-not-eligible"],
    ["KA103", 2020, "DE", "GB", true, "ok"], // GB until 2020
    ["KA103", 2020, "DE", "UK", true, "ok"], // alias
    ["KA131", 2021, "DE", "GB", false, "host-not-eligible"], // not from 2021
    ["KA131", 2021, "GB", "DE", false, "sending-not-eligible"],
    ["KA103", 2018, "DE", "CH", false, "host-not-eligible"], // CH not a Programme Country
    ["KA107", 2018, "DE", "CH", true, "ok"], // but a KA107 DOT host
    ["KA107", 2018, "DE", "ES", false, "host-not-eligible"],
    ["KA107", 2018, "DE", "RS", false, "host-not-eligible"], // H2020 associated but a Programme Country
    ["KA131", 2022, "DE", "DE", false, "same-country"],
    ["KA103", 2018, "FR", "FR", false, "same-country"],
    ["KA131", 2022, "EL", "GR", false, "same-country"], // alias of the same country
    ["KA131", 2022, "DE", "XX", false, "unknown-host-country"],
    ["KA131", 2022, "Germany", "ES", false, "unknown-sending-country"],
    ["KA131", 2020, "DE", "ES", false, "action-not-in-call-year"],
    ["KA103", 2021, "DE", "ES", false, "action-not-in-call-year"],
    ["KA107", 2014, "DE", "CH", false, "action-not-in-call-year"],
  ] as const)("%s call %i, %s → %s: ok %s (%s)", (action, callYear, sendingCountry, hostCountry, ok, code) => {
    const c = checkOf(placement({ action, callYear, sendingCountry, hostCountry }), "country");
    expect(c.ok).toBe(ok);
    expect(c.code).toBe(code);
  });
});

describe("participant (docs/domain.md §1 scope, §3)", () => {
  it.each([
    // category, action, call year, ok, code
    ["HE_STUDENT", "KA103", 2017, false, "category-not-open"],
    ["HE_STUDENT", "KA103", 2018, true, "ok"],
    ["HE_RECENT_GRADUATE", "KA103", 2018, true, "ok"],
    ["HE_RECENT_GRADUATE", "KA107", 2018, false, "recent-graduate-not-in-ka107"],
    ["HE_STUDENT", "KA107", 2018, true, "ok"],
    ["HE_STAFF", "KA103", 2020, false, "category-not-open"],
    ["HE_STAFF", "KA131", 2020, false, "category-not-open"],
    ["HE_STAFF", "KA131", 2021, true, "ok"],
    // docs/domain.md §3a: KA131 is a higher-education action; other sectors go under their KA121/KA122.
    ["VET_LEARNER", "KA131", 2021, false, "category-not-in-sector"],
    ["VET_LEARNER", "KA121-VET", 2021, true, "ok"],
    ["VET_RECENT_GRADUATE", "KA122-VET", 2021, true, "ok"],
    ["VET_STAFF", "KA121-VET", 2021, false, "category-not-open"],
    ["VET_STAFF", "KA121-VET", 2022, true, "ok"],
    ["VET_STAFF", "KA131", 2022, false, "category-not-in-sector"],
    ["SCHOOL_STAFF", "KA121-SCH", 2021, false, "category-not-open"],
    ["SCHOOL_STAFF", "KA122-SCH", 2022, true, "ok"],
    ["SCHOOL_STAFF", "KA121-VET", 2022, false, "category-not-in-sector"],
    ["ADULT_EDUCATION_STAFF", "KA121-ADU", 2021, false, "category-not-open"],
    ["ADULT_EDUCATION_STAFF", "KA121-ADU", 2022, true, "ok"],
    ["HE_STUDENT", "KA121-ADU", 2022, false, "category-not-in-sector"],
    ["PROFESSOR", "KA131", 2022, false, "unknown-category"],
  ] as const)("%s in %s call %i: ok %s (%s)", (category, action, callYear, ok, code) => {
    const input = placement({
      action,
      callYear,
      hostCountry: action === "KA107" ? "CH" : "ES",
      participant: { category, graduationDate: "2022-12-31", selectedOn: "2022-12-01" },
    });
    const c = checkOf(input, "participant");
    expect(c.ok).toBe(ok);
    expect(c.code).toBe(code);
  });

  it("staff in a KA107 call fail (scope closes them before 2021; KA103/KA107 are HE-learner only anyway)", () => {
    const c = checkOf(placement({ action: "KA107", callYear: 2020, hostCountry: "CH", participant: { category: "HE_STAFF" } }), "participant");
    expect(c).toMatchObject({ ok: false, code: "category-not-open" });
  });
});

describe("recent-graduate (docs/domain.md §3)", () => {
  const graduate = (participant: Overrides["participant"], dates: { start?: string; end?: string } = {}) =>
    checkOf(
      placement({
        start: dates.start ?? "2024-09-01",
        end: dates.end ?? "2024-12-31",
        participant: { category: "HE_RECENT_GRADUATE", graduationDate: "2024-06-30", selectedOn: "2024-05-15", ...participant },
      }),
      "recent-graduate",
    );

  it.each([
    [{ selectedOn: "2024-06-30" }, {}, true, "ok"], // selected on the graduation day
    [{ selectedOn: "2024-07-01" }, {}, false, "selected-after-graduation"],
    // Convention: last allowed end = graduation + 12 months − 1 day = 2025-06-29
    [{}, { start: "2025-03-01", end: "2025-06-29" }, true, "ok"],
    [{}, { start: "2025-03-01", end: "2025-06-30" }, false, "ends-too-late"],
    [{ graduationDate: undefined }, {}, false, "missing-graduation-date"],
    [{ selectedOn: undefined }, {}, false, "missing-selection-date"],
    [{ graduationDate: "2024-02-30" }, {}, false, "invalid-graduation-date"],
    [{ selectedOn: "soon" }, {}, false, "invalid-selection-date"],
  ])("%j %j: ok %s (%s)", (participant, dates, ok, code) => {
    const c = graduate(participant, dates);
    expect(c.ok).toBe(ok);
    expect(c.code).toBe(code);
  });

  it("does not apply to students", () => {
    const c = checkOf(placement(), "recent-graduate");
    expect(c).toMatchObject({ ok: true, code: "not-applicable" });
    expect(c.message).toMatch(/does not apply/i);
  });

  it("in KA107 it does not apply (the participant check fails instead)", () => {
    const result = checkPlacement(placement({ action: "KA107", callYear: 2019, hostCountry: "CH", participant: { category: "HE_RECENT_GRADUATE" } }));
    expect(result.checks.find((c) => c.id === "recent-graduate")).toMatchObject({ ok: true, code: "not-applicable-ka107" });
    expect(result.checks.find((c) => c.id === "participant")).toMatchObject({ ok: false, code: "recent-graduate-not-in-ka107" });
    expect(result.approvable).toBe(false);
  });
});

describe("study-cycle cap (docs/domain.md §3)", () => {
  it.each([
    // previous months, start, end, one-cycle, ok
    [9, "2023-03-01", "2023-05-31", false, true], // 9 + 3 = 12
    [10, "2023-03-01", "2023-05-31", false, false], // 10 + 3 = 13
    [9, "2023-03-01", "2023-06-01", false, false], // 9 + 3 months and 1 day
    [0, "2023-01-01", "2023-12-31", false, true], // a full-year placement alone: 12
    [12, "2023-03-01", "2023-05-31", true, true], // one-cycle programme: 12 + 3 ≤ 24
    [21, "2023-03-01", "2023-05-31", true, true], // 21 + 3 = 24
    [22, "2023-03-01", "2023-05-31", true, false], // 22 + 3 = 25
    [8.5, "2023-03-01", "2023-05-31", false, true], // fractions of months
  ])("%s previous months, %s → %s, one-cycle %s: ok %s", (previousMonths, start, end, oneCycleProgramme, ok) => {
    const c = checkOf(placement({ start, end, participant: { previousMonths, oneCycleProgramme } }), "study-cycle-cap");
    expect(c.ok).toBe(ok);
    expect(c.code).toBe(ok ? "ok" : "cap-exceeded");
  });

  it("counts missing previous months as 0 and rejects negative ones", () => {
    expect(checkOf(placement({ participant: { previousMonths: undefined } }), "study-cycle-cap").ok).toBe(true);
    expect(checkOf(placement({ participant: { previousMonths: -1 } }), "study-cycle-cap").code).toBe("invalid-previous-months");
  });

  it("does not apply to staff", () => {
    const c = checkOf(placement({ participant: { category: "HE_STAFF" } }), "study-cycle-cap");
    expect(c).toMatchObject({ ok: true, code: "not-applicable" });
  });
});

describe("host organisation (docs/domain.md §3)", () => {
  it.each([
    ["COMPANY", true, "ok"],
    ["NGO", true, "ok"],
    ["PUBLIC_BODY", true, "ok"],
    ["RESEARCH", true, "ok"],
    ["HEI", true, "ok"],
    ["EU_INSTITUTION", false, "type-not-eligible"],
    ["NATIONAL_AGENCY", false, "type-not-eligible"],
    ["ALIEN", false, "unknown-type"],
  ])("%s: ok %s (%s)", (hostOrganisationType, ok, code) => {
    const result = checkPlacement(placement({ hostOrganisationType }));
    expect(result.checks.find((c) => c.id === "host-organisation")).toMatchObject({ ok, code });
    expect(result.approvable).toBe(ok);
  });
});
