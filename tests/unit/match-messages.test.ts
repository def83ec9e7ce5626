import { type Locale } from "@/i18n/locales";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import da from "@/messages/da.json";
import { type MatchOffer, type MatchParticipant, type MatchReason, applicantReasons, matchOffer } from "@/lib/domain/matching/score";
import { reasonMessageKey, reasonMessageValues } from "@/components/offers/match-reason-values";
import { TODAY, d, offer as baseOffer, student } from "./domain/matching-fixtures";

const offer: MatchOffer = {
  ...baseOffer,
  languages: [
    { language: "en", level: "B2" },
    { language: "de", level: "B2" },
  ],
};

// Scenarios that together produce every reason code the domain emits.
const graduate = { category: "HE_RECENT_GRADUATE", graduationDate: d("2026-03-31"), selectedOn: d("2025-10-01") } as const;
const SCENARIOS: [Partial<MatchParticipant>, Partial<MatchOffer>, string][] = [
  [{}, {}, "2026-05-01"],
  [{ skills: ["Python", "SQL", "Docker", "REST"] }, { country: "US", languages: [] }, "2026-05-01"],
  [{ skills: ["REST"], previousMobilityMonths: 8, languages: [] }, { country: "BE", hostType: "EU_INSTITUTION", categories: [] }, "2026-05-01"],
  [{ skills: ["Knitting"], previousMobilityMonths: 10, fieldOfEducation: "0912", institutionCountry: "US" }, { hostType: "NATIONAL_AGENCY" }, "2026-07-20"],
  [{ skills: [], fieldOfEducation: "0413", graduationDate: d("2026-10-15") }, { categories: ["data-analytics"] }, "2026-05-01"],
  [
    { fieldOfEducation: "9999", ...graduate },
    { earliestStart: d("2026-06-01"), latestEnd: d("2026-10-31"), applicationDeadline: d("2026-07-31") },
    "2026-07-01",
  ],
  [{ ...graduate, graduationDate: d("2025-12-01") }, {}, "2026-05-01"],
  [
    { ...graduate, graduationDate: d("2025-11-30") },
    { earliestStart: d("2026-06-01"), latestEnd: d("2026-10-31"), applicationDeadline: d("2026-09-30") },
    "2026-09-01",
  ],
  [{ ...graduate, selectedOn: d("2026-04-01") }, {}, "2026-05-01"],
  [{ ...graduate, selectedOn: null }, {}, "2026-05-01"],
  [{ ...graduate, graduationDate: null }, {}, "2026-05-01"],
  [
    { ...graduate, graduationDate: d("2019-03-31"), selectedOn: d("2019-01-10") },
    { country: "UA", earliestStart: d("2019-09-01"), latestEnd: d("2020-03-31"), applicationDeadline: d("2019-07-15") },
    "2019-05-01",
  ],
  [{}, { country: "US", earliestStart: d("2019-09-01"), latestEnd: d("2020-03-31"), applicationDeadline: d("2019-07-15") }, "2019-05-01"],
  [{ category: "VET_LEARNER" }, {}, "2020-03-01"],
  // docs/domain.md §3a: an offer not for the participant's group, and ranges in days.
  [{ category: "HE_STAFF", graduationDate: null }, { forStaff: false }, "2026-05-01"],
  [{}, { durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30, latestEnd: d("2026-09-20") }, "2026-05-01"],
  [{}, { durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30, latestEnd: d("2026-09-04") }, "2026-05-01"],
  [
    { ...graduate, graduationDate: d("2025-09-20"), selectedOn: d("2025-06-01") },
    { durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30 },
    "2026-05-01",
  ],
];
const allReasons: MatchReason[] = SCENARIOS.flatMap(([p, o, today]) => matchOffer({ ...student, ...p }, { ...offer, ...o }, d(today)).reasons);

type Tree = { [k: string]: string | Tree };
const LOCALE_MESSAGES: [string, unknown][] = [
  ["en", en],
  ["nl", nl],
  ["da", da],
];
type Translate = (key: string, values?: Record<string, string | number>) => string;

const translator = (locale: string, messages: unknown, namespace: string): Translate =>
  createTranslator({ locale: locale as Locale, messages: messages as never, namespace: namespace as never, timeZone: "UTC" }) as unknown as Translate;

const labelsFor = (locale: string, messages: unknown) => ({
  locale,
  date: (date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date),
  isced: (key: string) => translator(locale, messages, "isced")(key),
  activity: (key: string) => translator(locale, messages, "activities")(key),
  enums: (key: string) => translator(locale, messages, "enums")(key),
});
const reasonKeys = (messages: Tree): string[] => {
  const reasons = (messages.match as Tree).reasons as Tree;
  return Object.entries(reasons).flatMap(([id, codes]) => Object.keys(codes as Tree).map((code) => `reasons.${id}.${code}`));
};

describe.each(LOCALE_MESSAGES)("match messages (%s)", (locale, messages) => {
  const t = translator(locale, messages, "match");
  const labels = labelsFor(locale, messages);

  it("the scenarios reach every reason message, and every message is reached", () => {
    // docs/domain.md §1 opens non-HE categories from call 2021, after KA103/KA107 (calls up to 2020):
    // the §3 rule "KA103/KA107 only for HE" is kept in the domain but no call year reaches it.
    const unreachable = ["reasons.eligibility.category-not-in-action"];
    const reached = [...new Set(allReasons.map(reasonMessageKey))].sort();
    expect(reached).toEqual(
      reasonKeys(messages as Tree)
        .filter((k) => !unreachable.includes(k))
        .sort(),
    );
  });

  it("formats every reason with its own values, leaving no placeholder or raw code behind", () => {
    for (const reason of allReasons) {
      const text = t(reasonMessageKey(reason), reasonMessageValues(reason, labels));
      expect(text, reasonMessageKey(reason)).not.toMatch(/[{}]|\d{4}-\d{2}-\d{2}|^match\./);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});

describe("reason texts in plain words (en)", () => {
  const t = translator("en", en, "match");
  const labels = labelsFor("en", en);
  const texts = matchOffer(student, offer, TODAY).reasons.map((r) => t(reasonMessageKey(r), reasonMessageValues(r, labels)));

  it.each([
    "Erasmus+ can fund this traineeship: Germany may host trainees from Belgium (KA131, call 2026).",
    "You graduate on June 30, 2027; this traineeship can end by then.",
    "Python and SQL match the offer; it also asks for Docker.",
    "You have German at B1; the offer asks for B2.",
    "You have English at C1; the offer asks for B2.",
    "Your field, Software and applications development and analysis, prepares you well for Software development.",
    "Apply by July 15, 2026 (75 days left); it can start from September 1, 2026.",
  ])("%s", (expected) => {
    expect(texts).toContain(expected);
  });
});

// A host's applicant list says the same about the applicant, not to them (applicantMatch namespace).
const APPLICANT_FACTORS = ["skills", "language", "field"];
const applicantKeys = (messages: Tree, namespace: "match" | "applicantMatch"): string[] =>
  reasonKeys({ match: (messages as Tree)[namespace] } as Tree).filter((k) => APPLICANT_FACTORS.includes(k.split(".")[1]!));

describe.each(LOCALE_MESSAGES)("applicant match messages for hosts (%s)", (locale, messages) => {
  const t = translator(locale, messages, "applicantMatch");
  const labels = labelsFor(locale, messages);

  it("words every skills, language and field reason the student sees, and nothing else", () => {
    expect(applicantKeys(messages as Tree, "applicantMatch").sort()).toEqual(applicantKeys(messages as Tree, "match").sort());
    expect(Object.keys(((messages as Tree).applicantMatch as Tree).reasons as Tree).sort()).toEqual([...APPLICANT_FACTORS].sort());
  });

  it("formats every such reason without a placeholder, and never addresses the applicant as 'you'", () => {
    for (const reason of allReasons.filter((r) => APPLICANT_FACTORS.includes(r.id))) {
      const text = t(reasonMessageKey(reason), reasonMessageValues(reason, labels));
      expect(text, reasonMessageKey(reason)).not.toMatch(/[{}]|^applicantMatch\./);
      if (locale === "en") expect(text).not.toMatch(/\byour?\b/i);
    }
  });
});

describe("applicantReasons: what a host sees first", () => {
  it("leaves out the funding rules and keeps the heaviest factors", () => {
    const ineligible = matchOffer({ ...student, institutionCountry: "US" }, offer, TODAY);
    expect(ineligible.eligible).toBe(false);
    const top = applicantReasons(ineligible, 2);
    expect(top.map((r) => r.id)).toEqual(["skills", "language"]);
    expect(applicantReasons(ineligible, 5).every((r) => ["skills", "language", "field"].includes(r.id))).toBe(true);
  });
});
