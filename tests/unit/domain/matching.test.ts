import { describe, expect, it } from "vitest";
import {
  MATCH_FACTOR_IDS,
  type MatchOffer,
  type MatchParticipant,
  type MatchReason,
  SCORE_WEIGHTS,
  compareMatches,
  isBlockingReason,
  matchOffer,
  parseSkillList,
  skillsOverlap,
  topReasons,
} from "@/lib/domain/matching/score";
import { TODAY, d, offer, student } from "./matching-fixtures";

const who = (p: Partial<MatchParticipant> = {}): MatchParticipant => ({ ...student, ...p });
const what = (o: Partial<MatchOffer> = {}): MatchOffer => ({ ...offer, ...o });
const reasonsOf = (id: MatchReason["id"], p = who(), o = what(), today = TODAY) => matchOffer(p, o, today).reasons.filter((r) => r.id === id);
const only = (id: MatchReason["id"], p = who(), o = what(), today = TODAY): MatchReason => {
  const found = reasonsOf(id, p, o, today);
  if (found.length !== 1) throw new Error(`expected one ${id} reason, got ${found.length}`);
  return found[0]!;
};
const toneCode = (r: MatchReason) => `${r.tone}:${r.code}`;

describe("matchOffer: shape and stability", () => {
  it("gives the base case these exact reasons, in factor order", () => {
    const result = matchOffer(student, offer, TODAY);
    expect(result).toEqual({
      score: 84, // 35 × 2/3 × 0.8 + 20 + 20 + 15 + 10 = 83.67
      eligible: true,
      reasons: [
        { id: "eligibility", tone: "good", code: "ok", params: { sending: "BE", host: "DE", action: "KA131", callYear: 2026 } },
        { id: "cap", tone: "good", code: "enough", params: { cap: 12, previous: 0, remaining: 12, min: 3, max: 6 } },
        {
          id: "graduation",
          tone: "good",
          code: "ends-before-graduation",
          params: { graduation: "2027-06-30", latestEnd: "2028-06-29", start: "2026-09-01", shortestEnd: "2026-11-30", min: 3, max: 6 },
        },
        {
          id: "dates",
          tone: "good",
          code: "open",
          params: { deadline: "2026-07-15", daysLeft: 75, start: "2026-09-01", latestEnd: "2027-03-31", min: 3, max: 6 },
        },
        {
          id: "skills",
          tone: "partial",
          code: "some-required",
          params: { matchedCount: 2, requiredCount: 3, mentionedCount: 0, missingCount: 1 },
          lists: { matched: ["Python", "SQL"], mentioned: [], missing: ["Docker"] },
        },
        { id: "language", tone: "good", code: "meets", params: { language: "en", need: "B2", have: "C1" } },
        { id: "field", tone: "good", code: "strong", params: { field: "0613" }, lists: { categories: ["software-development"] } },
      ],
    });
  });

  it("is deterministic: same inputs, same result", () => {
    expect(matchOffer(student, offer, TODAY)).toEqual(matchOffer(student, offer, TODAY));
  });

  it("uses only the declared factor ids, and the weights sum to 100", () => {
    const ids = new Set(matchOffer(student, offer, TODAY).reasons.map((r) => r.id));
    expect([...ids].every((id) => (MATCH_FACTOR_IDS as readonly string[]).includes(id))).toBe(true);
    expect(Object.values(SCORE_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it("scores a perfect fit 100 and stays within 0–100", () => {
    const perfect = matchOffer(who({ skills: ["Python", "SQL", "Docker", "REST", "reports"] }), offer, TODAY);
    expect(perfect.score).toBe(100);
    const poor = matchOffer(
      who({ skills: ["Knitting"], fieldOfEducation: "0912", languages: [] }),
      what({ durationMaxMonths: 12, latestEnd: d("2027-12-31"), earliestStart: d("2026-05-01") }),
      d("2026-07-20"),
    );
    expect(poor.score).toBeGreaterThanOrEqual(0);
    expect(poor.score).toBeLessThan(20);
  });
});

describe("skills overlap", () => {
  it.each([
    ["all required skills", ["Python", "sql", "docker"], offer.requiredSkills, "good:all-required", { matched: ["Python", "SQL", "Docker"], missing: [] }],
    ["some required skills", ["Python", "SQL"], offer.requiredSkills, "partial:some-required", { matched: ["Python", "SQL"], missing: ["Docker"] }],
    ["only words of the tasks", ["REST", "Figma"], offer.requiredSkills, "partial:mentioned-only", { matched: [], mentioned: ["REST"] }],
    ["nothing", ["Figma", "Illustrator"], offer.requiredSkills, "bad:none", { matched: [], missing: ["Python", "SQL", "Docker"] }],
    ["no skills in the profile", [], offer.requiredSkills, "partial:no-skills", { missing: ["Python", "SQL", "Docker"] }],
    ["two task words and no requirements", ["REST", "reports"], [], "good:mentioned-only", { mentioned: ["REST", "reports"] }],
  ])("%s", (_name, skills, requiredSkills, expected, lists) => {
    const r = only("skills", who({ skills }), what({ requiredSkills }));
    expect(toneCode(r)).toBe(expected);
    expect(r.lists).toMatchObject(lists);
  });

  it.each([
    ["Análisis de datos", "analisis de DATOS", true],
    ["Python 3", "Python", true],
    ["React", "React Native", true],
    ["Java", "JavaScript", false],
    ["C++", "c++", true],
    ["C#", "C", false],
    ["Node.js", "node.js", true],
    ["Datenanalyse Große Mengen", "datenanalyse grosse mengen", true],
    ["Søgemaskineoptimering", "sogemaskineoptimering", true],
    ["SQL", "PostgreSQL", false],
  ])("%j ~ %j: %s", (a, b, expected) => {
    expect(skillsOverlap(a, b)).toBe(expected);
  });

  it("parses a free-text list: lines, commas, semicolons; trimmed; duplicates by normalised words dropped", () => {
    expect(parseSkillList(" Python\nSQL, Docker;\n\npython \nÉquipe ")).toEqual(["Python", "SQL", "Docker", "Équipe"]);
  });

  it("scores more matched skills higher", () => {
    const some = matchOffer(who({ skills: ["Python"] }), offer, TODAY).score;
    const more = matchOffer(who({ skills: ["Python", "SQL"] }), offer, TODAY).score;
    expect(more).toBeGreaterThan(some);
  });
});

describe("language level vs the required CEFR level", () => {
  it.each([
    ["C1 for B2", [{ language: "en", level: "C1" }], "good:meets", { have: "C1" }],
    ["exactly B2", [{ language: "en", level: "B2" }], "good:meets", { have: "B2" }],
    ["native for C2", [{ language: "en", level: "NATIVE" }], "good:meets", { have: "NATIVE" }],
    ["B1 for B2 (one level short)", [{ language: "en", level: "B1" }], "partial:below", { have: "B1", need: "B2" }],
    ["A2 for B2", [{ language: "en", level: "A2" }], "bad:below", { have: "A2", need: "B2" }],
    ["not spoken", [{ language: "fr", level: "C2" }], "bad:not-spoken", { language: "en", need: "B2" }],
  ] as const)("%s", (name, languages, expected, params) => {
    const o = name.startsWith("native") ? what({ languages: [{ language: "en", level: "C2" }] }) : offer;
    const r = only("language", who({ languages }), o);
    expect(toneCode(r)).toBe(expected);
    expect(r.params).toMatchObject(params);
  });

  it("gives one reason per required language, in language-code order", () => {
    const o = what({
      languages: [
        { language: "en", level: "B2" },
        { language: "de", level: "B2" },
      ],
    });
    expect(reasonsOf("language", who(), o).map((r) => `${r.params.language}:${toneCode(r)}`)).toEqual(["de:partial:below", "en:good:meets"]);
  });

  it("says so when the offer asks for no language", () => {
    expect(toneCode(only("language", who(), what({ languages: [] })))).toBe("good:none-required");
  });
});

describe("field of education vs the offer's DOT activities", () => {
  it.each([
    ["0613", ["software-development"], "good:strong"],
    ["0612", ["it-systems"], "good:strong"],
    ["0613", ["digital-marketing"], "partial:related"],
    ["0212", ["digital-design"], "good:strong"],
    ["0213", ["digital-design"], "good:strong"],
    ["0414", ["digital-marketing"], "good:strong"],
    ["0413", ["data-analytics"], "partial:related"],
    ["0542", ["data-analytics"], "good:strong"],
    ["0732", ["digital-design"], "good:strong"],
    ["0714", ["robotics-ai"], "good:strong"],
    ["0711", ["software-development"], "partial:related"],
    ["0912", ["software-development"], "bad:distant"],
    ["0611", ["cybersecurity"], "partial:related"],
    ["9999", ["software-development"], "partial:unknown-field"],
    ["0613", [], "partial:no-categories"],
    ["0613", ["customer-support"], "partial:no-categories"],
  ])("%s with %j → %s", (fieldOfEducation, categories, expected) => {
    expect(toneCode(only("field", who({ fieldOfEducation }), what({ categories })))).toBe(expected);
  });

  it("names the categories that fit when several are declared", () => {
    const r = only("field", who({ fieldOfEducation: "0414" }), what({ categories: ["software-development", "digital-marketing"] }));
    expect(r.lists).toEqual({ categories: ["digital-marketing"] });
  });
});

describe("dates: application deadline and the offer's window", () => {
  it.each([
    ["deadline ahead", TODAY, {}, "good:open", true],
    ["deadline today", d("2026-07-15"), {}, "good:open", true],
    ["deadline passed yesterday", d("2026-07-16"), {}, "bad:deadline-passed", false],
    [
      "started already: only 4 of 6 months fit",
      d("2026-07-01"),
      { earliestStart: d("2026-06-01"), latestEnd: d("2026-10-31"), applicationDeadline: d("2026-07-31") },
      "partial:window-shortened",
      true,
    ],
    [
      "started already: not even the minimum fits",
      d("2026-09-01"),
      { earliestStart: d("2026-06-01"), latestEnd: d("2026-10-31"), applicationDeadline: d("2026-09-30") },
      "bad:window-closed",
      false,
    ],
  ] as const)("%s", (_name, today, changes, expected, eligible) => {
    const result = matchOffer(who(), what(changes), today);
    const r = result.reasons.find((x) => x.id === "dates")!;
    expect(toneCode(r)).toBe(expected);
    expect(result.eligible).toBe(eligible);
  });

  it("counts the months that still fit", () => {
    const r = only("dates", who(), what({ earliestStart: d("2026-06-01"), latestEnd: d("2026-10-31"), applicationDeadline: d("2026-07-31") }), d("2026-07-01"));
    expect(r.params).toMatchObject({ months: 4, start: "2026-07-01", daysLeft: 30 });
  });
});

describe("dates: a range in days (docs/domain.md §3a)", () => {
  // 5–30 days from 1 September; month columns 1/1 as the schema keeps them.
  const days = (changes: Partial<MatchOffer> = {}) => what({ durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30, ...changes });
  it.each([
    ["every day fits", TODAY, {}, "good:open", true, {}],
    ["window of exactly 30 days", TODAY, { latestEnd: d("2026-09-30") }, "good:open", true, {}],
    ["only 20 of 30 days fit", TODAY, { latestEnd: d("2026-09-20") }, "partial:window-shortened-days", true, { days: 20, max: 30 }],
    ["exactly the 5-day minimum fits", TODAY, { latestEnd: d("2026-09-05") }, "partial:window-shortened-days", true, { days: 5 }],
    ["4 days: not even the minimum", TODAY, { latestEnd: d("2026-09-04") }, "bad:window-closed-days", false, { min: 5 }],
    // In months the same 20-day window would close the offer: a month does not fit.
    [
      "a 20-day window closes a range in months",
      TODAY,
      { latestEnd: d("2026-09-20"), durationMinDays: null, durationMaxDays: null },
      "bad:window-closed",
      false,
      { min: 1 },
    ],
    [
      "started already: from 25 Sep only 6 days are left",
      d("2026-09-25"),
      { earliestStart: d("2026-09-01"), latestEnd: d("2026-09-30"), applicationDeadline: d("2026-09-26") },
      "partial:window-shortened-days",
      true,
      { days: 6 },
    ],
  ] as const)("%s", (_name, today, changes, expected, eligible, params) => {
    const result = matchOffer(who(), days(changes), today);
    const r = result.reasons.find((x) => x.id === "dates")!;
    expect(toneCode(r)).toBe(expected);
    expect(r.params).toMatchObject(params);
    expect(result.eligible).toBe(eligible);
  });

  it.each([
    // A recent graduate's mobility ends by graduation + 12 months − 1 day.
    ["graduated 1 Oct 2025: ends by 30 Sep 2026, all 30 days fit", "2025-10-01", "good:ends-in-time"],
    ["graduated 20 Sep 2025: ends by 19 Sep 2026, 19 days fit", "2025-09-20", "partial:shorter-than-max-days"],
    ["graduated 4 Sep 2025: ends by 3 Sep 2026, under the 5-day minimum", "2025-09-04", "bad:ends-too-late"],
  ] as const)("graduation: %s", (_name, graduation, expected) => {
    const participant = who({ category: "HE_RECENT_GRADUATE", graduationDate: d(graduation), selectedOn: d("2025-06-01") });
    const result = matchOffer(participant, days(), TODAY);
    expect(toneCode(result.reasons.find((r) => r.id === "graduation")!)).toBe(expected);
    // §3a: a recent graduate's only format is the long-term traineeship (60 days or more).
    expect(result.eligible).toBe(false);
    expect(reasonsOf("eligibility", participant, days()).map(toneCode)).toEqual(["bad:duration-outside-format"]);
  });

  it("names the days that fit before graduation's limit, and the shortest end in days", () => {
    const participant = (g: string) => who({ category: "HE_RECENT_GRADUATE", graduationDate: d(g), selectedOn: d("2025-06-01") });
    expect(only("graduation", participant("2025-09-20"), days()).params).toMatchObject({ days: 19, max: 30, latestEnd: "2026-09-19" });
    expect(only("graduation", participant("2025-09-04"), days()).params).toMatchObject({ shortestEnd: "2026-09-05", min: 5 });
  });
});

describe("graduation (docs/domain.md §3 recent graduates)", () => {
  const graduate = (graduation: string, selected: string | null = "2025-10-01") =>
    who({ category: "HE_RECENT_GRADUATE", graduationDate: d(graduation), selectedOn: selected ? d(selected) : null });

  it.each([
    // Student: 1 Sep + 3 months ends 30 Nov.
    ["student graduating after the shortest traineeship", who({ graduationDate: d("2026-11-30") }), "good:ends-before-graduation", true],
    ["student graduating during it: done as a recent graduate", who({ graduationDate: d("2026-10-15") }), "partial:as-recent-graduate", true],
    // Recent graduate: must end by graduation + 12 months − 1 day.
    ["graduated 31 Mar 2026: all 6 months end by 30 Mar 2027", graduate("2026-03-31"), "good:ends-in-time", true],
    ["graduated 1 Dec 2025: ends by 30 Nov 2026, exactly the 3-month minimum", graduate("2025-12-01"), "partial:shorter-than-max", true],
    ["graduated 30 Nov 2025: must end by 29 Nov 2026, one day short", graduate("2025-11-30"), "bad:ends-too-late", false],
    ["selected after graduating", graduate("2026-03-31", "2026-04-01"), "bad:selected-after-graduation", false],
    ["selected on the graduation day", graduate("2026-03-31", "2026-03-31"), "good:ends-in-time", true],
    ["graduated without being selected", graduate("2026-03-31", null), "bad:graduated-unselected", false],
    ["recent graduate without a graduation date", who({ category: "HE_RECENT_GRADUATE", graduationDate: null }), "partial:missing-date", true],
  ] as const)("%s", (_name, participant, expected, eligible) => {
    const result = matchOffer(participant, offer, TODAY);
    expect(toneCode(result.reasons.find((r) => r.id === "graduation")!)).toBe(expected);
    expect(result.eligible).toBe(eligible);
  });

  it("gives the dates in the reason", () => {
    expect(only("graduation", graduate("2025-12-01")).params).toMatchObject({ graduation: "2025-12-01", latestEnd: "2026-11-30", months: 3 });
  });

  it("has no graduation reason for staff, nor for a student without a graduation date", () => {
    expect(reasonsOf("graduation", who({ category: "HE_STAFF", graduationDate: null }))).toEqual([]);
    expect(reasonsOf("graduation", who({ graduationDate: null }))).toEqual([]);
  });
});

describe("host country and participant eligibility (docs/domain.md §2, §3)", () => {
  it.each([
    ["BE → DE, call 2026 (KA131)", who(), what(), TODAY, ["good:ok"], true],
    ["BE → US: outside the programme", who(), what({ country: "US" }), TODAY, ["bad:host-not-eligible"], false],
    ["BE → CH in 2026: not associated to KA131", who(), what({ country: "CH" }), TODAY, ["bad:host-not-eligible"], false],
    ["BE → RS in 2026: associated third country", who(), what({ country: "RS" }), TODAY, ["good:ok"], true],
    ["BE → BE: own country", who(), what({ country: "BE" }), TODAY, ["bad:same-country"], false],
    ["UK alias accepted: BE → UK in 2019 (KA103)", who(), what({ country: "UK" }), d("2019-05-01"), ["good:ok"], true],
    ["sending from the US", who({ institutionCountry: "US" }), what(), TODAY, ["bad:sending-not-eligible"], false],
    ["KA107: BE → CH in 2019", who(), what({ country: "CH" }), d("2019-05-01"), ["good:ok"], true],
    [
      "KA107: no recent graduates",
      who({ category: "HE_RECENT_GRADUATE", graduationDate: d("2019-03-31"), selectedOn: d("2019-01-10") }),
      what({ country: "UA" }),
      d("2019-05-01"),
      ["bad:recent-graduate-not-in-ka107"],
      false,
    ],
    [
      "2014–2020: US was neither a Programme Country nor a KA107 host",
      who(),
      what({ country: "US" }),
      d("2019-05-01"),
      ["bad:host-not-eligible-2014-2020"],
      false,
    ],
    ["VET learner in call 2020: category not open yet", who({ category: "VET_LEARNER" }), what(), d("2020-03-01"), ["bad:category-not-open"], false],
    ["VET learner in call 2021", who({ category: "VET_LEARNER" }), what(), d("2021-03-01"), ["good:ok"], true],
    ["EU agency as host", who(), what({ hostType: "EU_INSTITUTION" }), TODAY, ["bad:host-type-not-eligible"], false],
    [
      "National Agency in another country",
      who(),
      what({ hostType: "NATIONAL_AGENCY", country: "US" }),
      TODAY,
      ["bad:host-not-eligible", "bad:host-type-not-eligible"],
      false,
    ],
  ] as const)("%s", (_name, participant, o, today, expected, eligible) => {
    // Keep the window ahead of `today`, so only eligibility is tested here.
    const y = today.y;
    const shifted = { ...o, earliestStart: d(`${y}-09-01`), latestEnd: d(`${y + 1}-03-31`), applicationDeadline: d(`${y}-07-15`) };
    const result = matchOffer(participant, shifted, today);
    expect(result.reasons.filter((r) => r.id === "eligibility").map(toneCode)).toEqual(expected);
    expect(result.eligible).toBe(eligible);
  });

  it("explains the action and call year it checked", () => {
    expect(only("eligibility", who(), what({ country: "CH" }), d("2019-05-01")).params).toMatchObject({ action: "KA107", callYear: 2019, host: "CH" });
    expect(only("eligibility", who(), what({ country: "US" })).params).toEqual({ sending: "BE", host: "US", action: "KA131", callYear: 2026 });
  });

  it("eligible is false exactly when some reason blocks", () => {
    for (const o of [offer, what({ country: "US" }), what({ hostType: "EU_INSTITUTION" })]) {
      for (const p of [student, who({ previousMobilityMonths: 11 }), who({ languages: [] })]) {
        const result = matchOffer(p, o, TODAY);
        expect(result.eligible).toBe(!result.reasons.some(isBlockingReason));
      }
    }
  });

  it("marks an ineligible offer but keeps its score", () => {
    const abroad = matchOffer(student, offer, TODAY);
    const outside = matchOffer(student, what({ country: "US" }), TODAY);
    expect(outside.eligible).toBe(false);
    expect(outside.score).toBe(abroad.score);
  });
});

describe("who the offer is for (docs/domain.md §3a)", () => {
  // 10–60 days: a length some format of every category can have (docs/domain.md §3a).
  const forOnly = (group: "students" | "staff" | "vet") =>
    what({
      forStudents: group === "students",
      forStaff: group === "staff",
      forVetLearners: group === "vet",
      durationMinMonths: 1,
      durationMaxMonths: 2,
      durationMinDays: 10,
      durationMaxDays: 60,
    });
  it.each([
    ["HE_STUDENT", "students", true],
    ["HE_RECENT_GRADUATE", "students", true],
    ["HE_STAFF", "staff", true],
    ["VET_STAFF", "staff", true],
    ["SCHOOL_STAFF", "staff", true],
    ["ADULT_EDUCATION_STAFF", "staff", true],
    ["VET_LEARNER", "vet", true],
    ["VET_RECENT_GRADUATE", "vet", true],
    ["HE_STUDENT", "staff", false],
    ["HE_RECENT_GRADUATE", "vet", false],
    ["HE_STAFF", "students", false],
    ["SCHOOL_STAFF", "vet", false],
    ["VET_LEARNER", "students", false],
    ["VET_RECENT_GRADUATE", "staff", false],
  ] as const)("%s, offer for %s only → open: %s", (category, group, open) => {
    // Graduation and selection kept out of the way: only the audience decides.
    const participant = who({ category, graduationDate: d("2030-06-30"), selectedOn: d("2026-01-15") });
    const eligibility = reasonsOf("eligibility", participant, forOnly(group));
    if (open) {
      expect(eligibility.map(toneCode)).toEqual(["good:ok"]);
    } else {
      expect(eligibility.map(toneCode)).toEqual(["bad:not-for-group"]);
      expect(eligibility[0]!.params).toMatchObject({ category });
    }
  });

  it("names the participant's group and category; the offer stays ranked after eligible ones", () => {
    const staff = who({ category: "HE_STAFF", graduationDate: null, selectedOn: null });
    expect(only("eligibility", staff, forOnly("students")).params).toMatchObject({ category: "HE_STAFF", group: "staff" });
    const result = matchOffer(staff, forOnly("students"), TODAY);
    expect(result.eligible).toBe(false);
    expect(isBlockingReason(result.reasons.find((r) => r.code === "not-for-group")!)).toBe(true);
    expect(compareMatches(matchOffer(staff, forOnly("staff"), TODAY), result)).toBeLessThan(0);
  });

  it("comes with the other eligibility problems, not instead of them", () => {
    const staff = who({ category: "HE_STAFF", graduationDate: null, selectedOn: null });
    expect(reasonsOf("eligibility", staff, what({ forStaff: false, country: "US" })).map(toneCode)).toEqual(["bad:not-for-group", "bad:host-not-eligible"]);
  });
});

describe("the offer's length vs the participant's formats (docs/domain.md §3a)", () => {
  const range = (min: number, max: number, unit: "days" | "months") =>
    unit === "days"
      ? what({ durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: min, durationMaxDays: max })
      : what({ durationMinMonths: min, durationMaxMonths: max });
  it.each([
    // category, range, fits some format
    ["HE_STUDENT", [5, 30, "days"], true], // HE-SMT short-term
    ["HE_STUDENT", [31, 59, "days"], false], // between short-term (≤ 30) and long-term (≥ 60)
    ["HE_STUDENT", [2, 12, "months"], true],
    ["HE_RECENT_GRADUATE", [5, 30, "days"], false], // no short-term for recent graduates
    ["HE_RECENT_GRADUATE", [2, 3, "months"], true],
    ["HE_STAFF", [2, 60, "days"], true], // HE-STT
    ["HE_STAFF", [61, 90, "days"], false],
    ["HE_STAFF", [3, 6, "months"], false],
    ["HE_STAFF", [2, 3, "months"], true], // two months can be 60 days
    ["VET_LEARNER", [10, 89, "days"], true], // LM-SHORT-VET
    ["VET_LEARNER", [5, 9, "days"], false],
    ["VET_LEARNER", [3, 12, "months"], true], // ErasmusPro
    ["VET_STAFF", [3, 6, "months"], true], // SM-TTA, up to 365 days
    ["SCHOOL_STAFF", [1, 1, "days"], false], // 2 days at least
    ["ADULT_EDUCATION_STAFF", [2, 5, "days"], true],
  ] as const)("%s, %j → fits: %s", (category, [min, max, unit], fits) => {
    const participant = who({ category, graduationDate: null, selectedOn: null });
    const eligibility = reasonsOf("eligibility", participant, range(min, max, unit));
    expect(eligibility.some((r) => r.code === "duration-outside-format")).toBe(!fits);
  });

  it("names the formats open to the category and the offer's range", () => {
    const reason = only(
      "eligibility",
      who({ category: "HE_STAFF", graduationDate: null, selectedOn: null }),
      what({ durationMinMonths: 3, durationMaxMonths: 6 }),
    );
    expect(reason).toMatchObject({
      code: "duration-outside-format",
      params: { unit: "months", min: 3, max: 6, category: "HE_STAFF" },
      lists: { formats: ["HE-STT"] },
    });
  });
});

describe("study-cycle cap (docs/domain.md §3)", () => {
  it.each([
    ["nothing used", {}, "good:enough", true, 12],
    ["8 used: 4 left, enough for the minimum of 3, not the maximum of 6", { previousMobilityMonths: 8 }, "partial:limited", true, 4],
    ["9 used: exactly the minimum left", { previousMobilityMonths: 9 }, "partial:limited", true, 3],
    ["10 used: 2 left, the minimum is 3", { previousMobilityMonths: 10 }, "bad:not-enough", false, 2],
    ["12 used: cap reached", { previousMobilityMonths: 12 }, "bad:not-enough", false, 0],
    ["one-cycle programme, 12 used of 24", { previousMobilityMonths: 12, oneCycleProgramme: true }, "good:enough", true, 12],
    [
      "recent graduate, 10 used",
      { category: "HE_RECENT_GRADUATE", graduationDate: d("2026-03-31"), selectedOn: d("2026-01-10"), previousMobilityMonths: 10 },
      "bad:not-enough",
      false,
      2,
    ],
  ] as const)("%s", (_name, changes, expected, eligible, remaining) => {
    const result = matchOffer(who(changes), offer, TODAY);
    const r = result.reasons.find((x) => x.id === "cap")!;
    expect(toneCode(r)).toBe(expected);
    expect(r.params.remaining).toBe(remaining);
    expect(result.eligible).toBe(eligible);
  });

  it("does not apply outside higher education", () => {
    expect(reasonsOf("cap", who({ category: "VET_LEARNER", previousMobilityMonths: 12 }))).toEqual([]);
  });
});

describe("ranking", () => {
  const marketing = what({
    id: "o2",
    title: "Social media trainee",
    tasks: "Plan Instagram campaigns\nReport on web analytics",
    requiredSkills: ["Instagram", "Google Analytics"],
    categories: ["digital-marketing"],
    languages: [{ language: "de", level: "C1" }],
  });

  it("scores a clearly better offer higher", () => {
    expect(matchOffer(student, offer, TODAY).score).toBeGreaterThan(matchOffer(student, marketing, TODAY).score + 30);
  });

  it("puts eligible offers before ineligible ones, then higher scores first", () => {
    const results = [matchOffer(student, marketing, TODAY), matchOffer(student, what({ country: "US" }), TODAY), matchOffer(student, offer, TODAY)];
    const sorted = [...results].sort(compareMatches);
    expect(sorted.map((r) => [r.eligible, r.score])).toEqual([
      [true, results[2]!.score],
      [true, results[0]!.score],
      [false, results[1]!.score],
    ]);
  });

  it("topReasons: why an offer is ineligible comes first", () => {
    const result = matchOffer(who({ previousMobilityMonths: 11 }), what({ country: "US" }), TODAY);
    expect(topReasons(result).map((r) => `${r.id}:${r.code}`)).toEqual(["eligibility:host-not-eligible", "cap:not-enough"]);
  });

  it("topReasons: otherwise skills and language, the heaviest factors", () => {
    expect(topReasons(matchOffer(student, offer, TODAY)).map((r) => r.id)).toEqual(["skills", "language"]);
    expect(topReasons(matchOffer(student, offer, TODAY), 10)).toHaveLength(7);
  });
});
