import { describe, expect, it } from "vitest";
import { addDays, formatIsoDate, parseIsoDate } from "@/lib/domain/dates";
import {
  DEFAULT_FORMAT_SETTINGS,
  FORMATS,
  FORMAT_IDS,
  type FormatId,
  activityCodeOf,
  durationBoundsOf,
  formatsForCategory,
  inferFormat,
  resolveFormat,
  virtualComponentRequired,
} from "@/lib/domain/formats";
import { type PlacementCheckInput, checkPlacement } from "@/lib/domain/placement-checks";
import type { KeyAction } from "@/lib/domain/actions";
import type { ParticipantCategory } from "@/lib/domain/participants";

// docs/domain.md §3a, one participant per format: a category, an action and a sending country
// the format is open to, so that only the rule under test can fail.
const SUBJECT: Record<FormatId, { category: ParticipantCategory; action: KeyAction; eqfLevel?: number }> = {
  "HE-SMT-LONG": { category: "HE_STUDENT", action: "KA131" },
  "HE-SMT-SHORT": { category: "HE_STUDENT", action: "KA131", eqfLevel: 8 },
  "HE-STT": { category: "HE_STAFF", action: "KA131" },
  "LM-SHORT-VET": { category: "VET_LEARNER", action: "KA121-VET" },
  "LM-LONG-VET": { category: "VET_LEARNER", action: "KA122-VET" },
  "SM-JOB-SHDW": { category: "VET_STAFF", action: "KA121-VET" },
  "SM-COUR-TRAIN": { category: "SCHOOL_STAFF", action: "KA122-SCH" },
  "SM-TTA": { category: "ADULT_EDUCATION_STAFF", action: "KA121-ADU" },
};

const START = "2025-03-03";
const endAfter = (days: number) => formatIsoDate(addDays(parseIsoDate(START)!, days - 1));

function input(format: FormatId, days: number, patch: Partial<PlacementCheckInput> = {}): PlacementCheckInput {
  const s = SUBJECT[format];
  return {
    action: s.action,
    callYear: 2024,
    format,
    participant: { category: s.category, previousMonths: 0, eqfLevel: s.eqfLevel ?? 6 },
    sendingCountry: "DE",
    hostCountry: "NL",
    hostOrganisationType: "COMPANY",
    start: START,
    end: endAfter(days),
    activities: { categories: ["software-development"], tasks: "Develop new features for our React web application." },
    ...patch,
  };
}

const durationOf = (i: PlacementCheckInput) => checkPlacement(i).checks.find((c) => c.id === "duration")!;

// The boundaries: 1, 2, 5, 10, 30, 60, 89, 90, 365 days. 12 months from 3 March 2025 end on
// 2 March 2026: 365 days, so a long-term traineeship admits 365 and refuses 366.
const DAYS = [1, 2, 5, 10, 30, 60, 89, 90, 365, 366] as const;
const EXPECTED: Record<FormatId, readonly boolean[]> = {
  //                 1      2      5      10     30     60     89     90     365    366
  "HE-SMT-LONG": [false, false, false, false, false, true, true, true, true, false],
  "HE-SMT-SHORT": [false, false, true, true, true, false, false, false, false, false],
  "HE-STT": [false, true, true, true, true, true, false, false, false, false],
  "LM-SHORT-VET": [false, false, false, true, true, true, true, false, false, false],
  "LM-LONG-VET": [false, false, false, false, false, false, false, true, true, false],
  "SM-JOB-SHDW": [false, true, true, true, true, true, false, false, false, false],
  "SM-COUR-TRAIN": [false, true, true, true, true, false, false, false, false, false],
  "SM-TTA": [false, true, true, true, true, true, true, true, true, false],
};

describe("duration bounds per format (docs/domain.md §3a)", () => {
  const rows = FORMAT_IDS.flatMap((format) => DAYS.map((days, i) => [format, days, EXPECTED[format][i]!] as const));
  it.each(rows)("%s, %i days → ok %s", (format, days, ok) => {
    const duration = durationOf(input(format, days));
    expect(duration.ok).toBe(ok);
    expect(duration.params.days).toBe(days);
    if (!ok) expect(["too-short", "too-long", "too-long-days"]).toContain(duration.code);
  });

  it("every row of the table has an expectation for every boundary", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...FORMAT_IDS].sort());
    for (const format of FORMAT_IDS) expect(EXPECTED[format]).toHaveLength(DAYS.length);
  });

  it("names the format's own bounds in the too-short and too-long reasons", () => {
    const short = durationOf(input("SM-JOB-SHDW", 1));
    expect(short).toMatchObject({ code: "too-short", params: { minDays: 2, maxDays: 60, format: "SM-JOB-SHDW" } });
    const long = durationOf(input("HE-STT", 92));
    expect(long).toMatchObject({ code: "too-long-days", params: { days: 92, maxDays: 60 } });
    expect(long.message).toBe("The placement lasts 92 days; at most 60 are allowed.");
    const year = durationOf(input("HE-SMT-LONG", 366));
    expect(year).toMatchObject({ code: "too-long", params: { maxMonths: 12, latestEnd: "2026-03-02" } });
  });

  it("the organisation's setting moves the short-term traineeship bounds (unconfirmed after 2024)", () => {
    expect(durationBoundsOf("HE-SMT-SHORT")).toEqual({ minDays: 5, max: { days: 30 } });
    const settings = { ...DEFAULT_FORMAT_SETTINGS, shortTermMinDays: 3, shortTermMaxDays: 20 };
    expect(durationOf(input("HE-SMT-SHORT", 3, { settings })).ok).toBe(true);
    expect(durationOf(input("HE-SMT-SHORT", 21, { settings })).code).toBe("too-long-days");
    expect(durationOf(input("HE-SMT-SHORT", 3)).code).toBe("too-short");
  });
});

describe("which format is open to whom, under which action", () => {
  const hard = (i: PlacementCheckInput) =>
    checkPlacement(i)
      .checks.filter((c) => !c.ok && c.id !== "digital-activity")
      .map((c) => `${c.id}/${c.code}`);

  it.each(FORMAT_IDS)("%s: its own participant and action pass every hard check", (format) => {
    const days = format === "LM-LONG-VET" ? 120 : format === "HE-SMT-LONG" ? 90 : 10;
    expect(hard(input(format, days))).toEqual([]);
  });

  it.each([
    ["HE-STT", "HE_STUDENT", "format/category-not-in-format"],
    ["HE-SMT-SHORT", "HE_RECENT_GRADUATE", "format/category-not-in-format"],
    ["SM-JOB-SHDW", "HE_STAFF", "format/category-not-in-format"],
    ["LM-SHORT-VET", "VET_STAFF", "format/category-not-in-format"],
    ["SM-TTA", "VET_LEARNER", "format/category-not-in-format"],
  ] as const)("%s refuses %s", (format, category, reason) => {
    expect(hard(input(format, 10, { participant: { category, previousMonths: 0 } }))).toContain(reason);
  });

  it.each([
    ["HE-SMT-SHORT", "KA103"],
    ["HE-STT", "KA107"],
    ["LM-SHORT-VET", "KA131"],
    ["SM-JOB-SHDW", "KA131"],
  ] as const)("%s does not run under %s", (format, action) => {
    expect(hard(input(format, 10, { action, callYear: action === "KA131" ? 2024 : 2019 }))).toContain("format/action-not-in-format");
  });

  it.each([
    // KA131 admits only higher-education participants; each KA121/KA122 only its sector's.
    ["KA131", "VET_LEARNER", "LM-SHORT-VET"],
    ["KA121-VET", "SCHOOL_STAFF", "SM-JOB-SHDW"],
    ["KA122-SCH", "ADULT_EDUCATION_STAFF", "SM-COUR-TRAIN"],
    ["KA121-ADU", "HE_STAFF", "HE-STT"],
  ] as const)("%s refuses %s whatever the format says", (action, category, format) => {
    expect(hard(input(format, 10, { action, participant: { category, previousMonths: 0 } }))).toContain("participant/category-not-in-sector");
  });

  it("a sending organisation sends only its own sector's participants", () => {
    expect(hard(input("SM-JOB-SHDW", 10, { sendingOrganisationType: "VET_PROVIDER" }))).toEqual([]);
    expect(hard(input("SM-JOB-SHDW", 10, { sendingOrganisationType: "HEI" }))).toContain("participant/not-sent-by-this-organisation");
  });

  it("an unknown format is refused, naming it", () => {
    const check = checkPlacement(input("HE-SMT-LONG", 90, { format: "HE-XYZ" })).checks.find((c) => c.id === "format")!;
    expect(check).toMatchObject({ ok: false, code: "unknown-format", params: { format: "HE-XYZ" } });
  });

  it("formatsForCategory lists each category's formats", () => {
    expect(formatsForCategory("HE_STUDENT")).toEqual(["HE-SMT-LONG", "HE-SMT-SHORT"]);
    expect(formatsForCategory("HE_RECENT_GRADUATE")).toEqual(["HE-SMT-LONG"]);
    expect(formatsForCategory("HE_STAFF")).toEqual(["HE-STT"]);
    expect(formatsForCategory("VET_RECENT_GRADUATE")).toEqual(["LM-SHORT-VET", "LM-LONG-VET"]);
    expect(formatsForCategory("SCHOOL_STAFF")).toEqual(["SM-JOB-SHDW", "SM-COUR-TRAIN", "SM-TTA"]);
  });
});

describe("study-cycle cap and recent-graduate rule apply only where §3a says", () => {
  const checkOf = (i: PlacementCheckInput, id: string) => checkPlacement(i).checks.find((c) => c.id === id)!;

  it("the cap counts for long-term traineeships only", () => {
    const full = { category: "HE_STUDENT", previousMonths: 12, eqfLevel: 8 } as const;
    expect(checkOf(input("HE-SMT-LONG", 90, { participant: full }), "study-cycle-cap").code).toBe("cap-exceeded");
    expect(checkOf(input("HE-SMT-SHORT", 10, { participant: full }), "study-cycle-cap")).toMatchObject({ ok: true, code: "not-applicable-format" });
  });

  it("a VET recent graduate's mobility ends within 12 months of graduation (no selection rule)", () => {
    const graduate = { category: "VET_RECENT_GRADUATE", graduationDate: "2024-06-30" } as const;
    // Graduated 30 June 2024: the last day is 29 June 2025.
    const ok = checkOf(input("LM-SHORT-VET", 30, { participant: graduate, start: "2025-05-31", end: "2025-06-29" }), "recent-graduate");
    expect(ok).toMatchObject({ ok: true, code: "vet-ok", params: { latestEnd: "2025-06-29", anchor: "end" } });
    const late = checkOf(input("LM-SHORT-VET", 30, { participant: graduate, start: "2025-06-01", end: "2025-06-30" }), "recent-graduate");
    expect(late).toMatchObject({ ok: false, code: "vet-outside-window" });
  });

  it("the setting makes the VET window bind the start instead (unconfirmed in §3a)", () => {
    const graduate = { category: "VET_RECENT_GRADUATE", graduationDate: "2024-06-30" } as const;
    const settings = { ...DEFAULT_FORMAT_SETTINGS, vetGraduateWindow: "start" as const };
    const check = checkOf(input("LM-LONG-VET", 120, { participant: graduate, start: "2025-06-01", end: "2025-09-28", settings }), "recent-graduate");
    expect(check).toMatchObject({ ok: true, code: "vet-ok", params: { anchor: "start" } });
  });

  it("staff have no recent-graduate rule and no cap", () => {
    expect(checkOf(input("HE-STT", 10), "recent-graduate").code).toBe("not-applicable");
    expect(checkOf(input("HE-STT", 10), "study-cycle-cap").code).toBe("not-applicable");
  });
});

describe("short-term blended traineeships: the virtual component (§3a)", () => {
  const virtual = { start: "2025-02-03", end: "2025-02-28", description: "Online onboarding and a weekly code review with the mentor." };
  const checkOf = (i: PlacementCheckInput) => checkPlacement(i).checks.find((c) => c.id === "virtual-component")!;
  const student = (eqfLevel: number) => ({ category: "HE_STUDENT", previousMonths: 0, eqfLevel }) as const;

  it.each([
    [5, null, false, "missing"],
    [6, null, false, "missing"],
    [7, null, false, "missing"],
    [8, null, true, "optional-none"],
    [6, virtual, true, "ok"],
    [8, virtual, true, "ok"],
    [6, { ...virtual, description: "Online" }, false, "missing-description"],
    [6, { ...virtual, end: "2025-01-01" }, false, "invalid-dates"],
  ] as const)("EQF %i, component %o → ok %s (%s)", (eqf, component, ok, code) => {
    expect(checkOf(input("HE-SMT-SHORT", 20, { participant: student(eqf), virtualComponent: component }))).toMatchObject({ ok, code });
  });

  it("does not apply to other formats", () => {
    expect(checkOf(input("HE-SMT-LONG", 90))).toMatchObject({ ok: true, code: "not-applicable" });
    expect(virtualComponentRequired("HE-SMT-LONG", 6)).toBe(false);
    expect(virtualComponentRequired("HE-SMT-SHORT", 7)).toBe(true);
  });
});

describe("inferring and naming formats", () => {
  it.each([
    ["HE_STUDENT", 20, "HE-SMT-SHORT"],
    ["HE_STUDENT", 30, "HE-SMT-SHORT"],
    ["HE_STUDENT", 31, "HE-SMT-LONG"],
    ["HE_STUDENT", null, "HE-SMT-LONG"],
    ["HE_RECENT_GRADUATE", 20, "HE-SMT-LONG"],
    ["HE_STAFF", 92, "HE-STT"],
    ["VET_LEARNER", 89, "LM-SHORT-VET"],
    ["VET_RECENT_GRADUATE", 90, "LM-LONG-VET"],
    ["VET_STAFF", 21, "SM-JOB-SHDW"],
    ["SCHOOL_STAFF", 61, "SM-TTA"],
  ] as const)("%s for %s days → %s", (category, days, format) => {
    expect(inferFormat(category, days)).toBe(format);
  });

  it.each([
    ["HE-SMT", 20, "HE-SMT-SHORT"],
    ["he-smt", 120, "HE-SMT-LONG"],
    ["HE-SMP-P", 120, "HE-SMT-LONG"],
    ["SM-JOB-SHDW", 20, "SM-JOB-SHDW"],
    ["SM-JOB", 20, null],
  ] as const)("resolveFormat(%s, %s days) → %s", (value, days, format) => {
    expect(resolveFormat(value, days)).toBe(format);
  });

  it("the record's activity type is the Beneficiary Module code (KA103 wrote HE-SMP-P)", () => {
    expect(activityCodeOf("HE-SMT-LONG", "KA103")).toBe("HE-SMP-P");
    expect(activityCodeOf("HE-SMT-LONG", "KA131")).toBe("HE-SMT");
    expect(activityCodeOf("HE-SMT-SHORT", "KA131")).toBe("HE-SMT");
    expect(activityCodeOf("SM-JOB-SHDW", "KA121-VET")).toBe("SM-JOB-SHDW");
    for (const id of FORMAT_IDS) expect(FORMATS[id].activityCode).toMatch(/^[A-Z]{2}-[A-Z-]+$/);
  });
});
