import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "@/i18n/locales";
import en from "@/messages/en.json";
import { displayName } from "@/lib/text/display-name";
import { type CheckResult, checkPlacement } from "@/lib/domain/placement-checks";
import { type PlacementPatch, VALID_PLACEMENT, placementInput } from "./domain/placement-fixtures";
import { type CheckLike, checkMessageKey, checkMessageValues } from "@/components/office/placement-check-values";
import { acceptWarnings } from "@/lib/domain/accept-warnings";

const graduate = { category: "HE_RECENT_GRADUATE", graduationDate: "2022-06-30", selectedOn: "2022-05-01" } as const;

// Scenarios that together produce every code the placement checks emit.
const SCENARIOS: PlacementPatch[] = [
  {},
  { activities: { tasks: "Join our weekly meetings with clients." } },
  { start: "2023-02-30" },
  { end: "2023-13-01" },
  { end: "2023-02-01" },
  { end: "2023-03-20" },
  { end: "2024-03-15" },
  { action: "KA999" as never },
  { action: "KA103" },
  { sendingCountry: "XX" },
  { hostCountry: "XX" },
  { sendingCountry: "US" },
  { action: "KA103", callYear: 2019, sendingCountry: "US" },
  { hostCountry: "BE" },
  { hostCountry: "US" },
  { action: "KA103", callYear: 2019, hostCountry: "US" },
  { action: "KA107", callYear: 2019, hostCountry: "DE" },
  { participant: { category: "ALIEN" } },
  { callYear: 2021, participant: { category: "SCHOOL_STAFF" } },
  { action: "KA103", callYear: 2021, participant: { category: "VET_LEARNER" } },
  { action: "KA107", callYear: 2019, hostCountry: "CH", participant: graduate },
  { participant: { ...graduate, graduationDate: undefined } },
  { participant: { ...graduate, selectedOn: undefined } },
  { participant: { ...graduate, graduationDate: "2022-13-01" } },
  { participant: { ...graduate, selectedOn: "2022-02-30" } },
  { participant: { ...graduate, selectedOn: "2022-07-01" } },
  { participant: graduate, end: "not-a-date" },
  { participant: { ...graduate, graduationDate: "2021-06-30", selectedOn: "2021-05-01" } },
  { participant: graduate, end: "2023-05-31" },
  { participant: { category: "HE_STAFF" } },
  { participant: { previousMonths: -1 } },
  { participant: { previousMonths: 10 } },
  { hostOrganisationType: "CASTLE" },
  { hostOrganisationType: "NATIONAL_AGENCY" },
  // docs/domain.md §3a: formats, other sectors, blended short-term traineeships.
  { format: "HE-XYZ" },
  { format: "HE-STT" },
  { format: "LM-SHORT-VET", participant: { category: "VET_LEARNER" } },
  { action: "KA121-VET", format: "LM-SHORT-VET", participant: { category: "VET_LEARNER" }, end: "2023-03-20" },
  { action: "KA121-VET", format: "LM-SHORT-VET", participant: { category: "VET_LEARNER" } },
  { sendingOrganisationType: "SCHOOL" },
  { action: "KA121-VET", format: "LM-SHORT-VET", participant: { category: "VET_RECENT_GRADUATE", graduationDate: "2022-06-30" } },
  { format: "HE-STT", participant: { category: "HE_RECENT_GRADUATE" } },
  {
    action: "KA121-VET",
    format: "LM-SHORT-VET",
    participant: { category: "VET_RECENT_GRADUATE", graduationDate: "2022-06-30" },
    end: "2023-06-29",
    start: "2023-05-01",
  },
  {
    action: "KA121-VET",
    format: "LM-SHORT-VET",
    participant: { category: "VET_RECENT_GRADUATE", graduationDate: "2022-06-30" },
    start: "2023-05-01",
    end: "2023-06-29",
    settings: { vetGraduateWindow: "start" },
  },
  { format: "HE-SMT-SHORT", end: "2023-03-20", participant: { eqfLevel: 6 } },
  { format: "HE-SMT-SHORT", end: "2023-03-20", participant: { eqfLevel: 8 } },
  {
    format: "HE-SMT-SHORT",
    end: "2023-03-20",
    participant: { eqfLevel: 6 },
    virtualComponent: { start: "2023-02-01", end: "2023-02-28", description: "Online onboarding and weekly code reviews." },
  },
  {
    format: "HE-SMT-SHORT",
    end: "2023-03-20",
    participant: { eqfLevel: 6 },
    virtualComponent: { start: "2023-02-01", end: "2023-01-28", description: "Online onboarding and weekly code reviews." },
  },
  {
    format: "HE-SMT-SHORT",
    end: "2023-03-20",
    participant: { eqfLevel: 6 },
    virtualComponent: { start: "2023-02-01", end: "2023-02-28", description: "Online" },
  },
];
// The host's warnings before accepting add the offer's own terms (lib/domain/accept-warnings.ts).
const OFFER_TERMS = { durationMinMonths: 3, durationMaxMonths: 4, earliestStart: "2023-03-01", latestEnd: "2023-12-31" };
const OFFER_TERMS_DAYS = { ...OFFER_TERMS, durationMinMonths: 1, durationMaxMonths: 1, durationMinDays: 5, durationMaxDays: 30 };
const offerWarnings: CheckLike[] = [
  ...[
    { start: "2023-03-01", end: "2023-04-30" },
    { start: "2023-02-01", end: "2023-12-31" },
  ].flatMap((patch) => acceptWarnings(placementInput(patch), OFFER_TERMS)),
  ...[
    { start: "2023-03-01", end: "2023-03-03" },
    { start: "2023-03-01", end: "2023-05-31" },
  ].flatMap((patch) => acceptWarnings(placementInput(patch), OFFER_TERMS_DAYS)),
].filter((w) => w.id === "offer");
const allChecks: CheckLike[] = [...SCENARIOS.flatMap((patch): readonly CheckResult[] => checkPlacement(placementInput(patch)).checks), ...offerWarnings];
// Every distinct check text (code and params) once.
const distinctChecks = [...new Map(allChecks.map((c) => [`${checkMessageKey(c)} ${JSON.stringify(c.params)}`, c])).values()];

type Tree = { [k: string]: string | Tree };
type Translate = (key: string, values?: Record<string, unknown>) => string;
const translator = (locale: string, messages: unknown, namespace: string): Translate =>
  createTranslator({
    locale: locale as Locale,
    messages: messages as never,
    namespace: namespace as never,
    timeZone: "UTC",
    onError: (e) => {
      throw e;
    },
  }) as unknown as Translate;

const messageKeys = (messages: Tree): string[] =>
  Object.entries(messages.placementChecks as Tree).flatMap(([id, codes]) =>
    Object.keys(codes as Tree)
      .filter((code) => code !== "title")
      .map((code) => `${id}.${code}`),
  );

const messagesOf = (locale: string): unknown => JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}.json`), "utf8"));
const labelsFor = (locale: string, messages: unknown) => ({
  country: (code: string) => displayName(locale, "region", code),
  enums: translator(locale, messages, "enums"),
  activity: translator(locale, messages, "activities"),
});

describe.each(LOCALES.map((locale) => [locale, messagesOf(locale)] as const))("placement check messages (%s)", (locale, messages) => {
  const t = translator(locale, messages, "placementChecks");
  const labels = labelsFor(locale, messages);

  it("the scenarios reach every message, and every check code has one", () => {
    const produced = new Set(allChecks.map(checkMessageKey));
    expect([...produced].sort()).toEqual(messageKeys(messages as unknown as Tree).sort());
  });

  it.each(distinctChecks.map((c) => [checkMessageKey(c), c] as const))("%s formats with its params", (_key, check) => {
    const text = t(checkMessageKey(check), checkMessageValues(check, labels));
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/\b\d,\d{3}\b/); // years never grouped
    expect(text).not.toMatch(/\b(HE|VET)_[A-Z_]+\b|EU_INSTITUTION|NATIONAL_AGENCY/); // ids shown as labels
    expect(text.length).toBeGreaterThan(10);
  });
});

it("shows country names, dates and years the way readers expect (English)", () => {
  const t = translator("en", en, "placementChecks");
  const labels = labelsFor("en", en);
  const [country] = checkPlacement({ ...VALID_PLACEMENT, hostCountry: "US" }).checks.filter((c) => c.id === "country");
  expect(t(checkMessageKey(country!), checkMessageValues(country!, labels))).toBe(
    "Under KA131 the host country must be an EU Member State or associated third country; United States is not.",
  );
  const [duration] = checkPlacement({ ...VALID_PLACEMENT, end: "2024-03-15" }).checks.filter((c) => c.id === "duration");
  expect(t(checkMessageKey(duration!), checkMessageValues(duration!, labels))).toBe(
    "The placement ends after February 29, 2024, the last day of 12 months from the start.",
  );
});
