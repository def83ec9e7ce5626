import { describe, expect, it } from "vitest";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS } from "@/lib/domain/activities";
import { HOLDOUT } from "../../fixtures/classifier/holdout";
import { LABELLED } from "../../fixtures/classifier/labelled";
import { evaluate, evaluatePerLanguage, formatLanguageTable, formatTable } from "./classifier-metrics";

describe("labelled fixtures", () => {
  it("cover the required languages, size and hard cases", () => {
    const perLanguage = (lang: string) => LABELLED.filter((d) => d.lang === lang).length;
    expect(LABELLED.length).toBeGreaterThanOrEqual(140);
    for (const lang of ["en", "nl", "da", "de", "fr", "es"]) expect(perLanguage(lang)).toBeGreaterThanOrEqual(20);
    for (const lang of ["it", "pl", "pt"]) expect(perLanguage(lang)).toBeGreaterThan(0);
    // every category labelled somewhere; mixed and multi-category offers present
    for (const id of [...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS]) {
      expect(
        LABELLED.some((d) => [...d.categories, ...d.excluded].includes(id)),
        id,
      ).toBe(true);
    }
    expect(LABELLED.filter((d) => d.categories.length > 0 && d.excluded.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(LABELLED.filter((d) => d.categories.length >= 2).length).toBeGreaterThanOrEqual(5);
    expect(LABELLED.filter((d) => d.categories.length === 0 && d.excluded.length === 0).length).toBeGreaterThanOrEqual(5);
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(30);
  });
});

// Floors sit a little under the measured figures (labelled: the set the lexicon was built with).
describe("classifier on the labelled set", () => {
  const evaluation = evaluate(LABELLED);
  console.log(formatTable("Labelled set", evaluation, LABELLED.length));
  if (evaluation.mistakes.length > 0) console.log(`Disagreements:\n  ${evaluation.mistakes.join("\n  ")}`);

  it.each(DOT_ACTIVITY_IDS)("%s: precision ≥ 0.9, recall ≥ 0.9", (id) => {
    const s = evaluation.perCategory.get(id);
    expect(s?.precision).toBeGreaterThanOrEqual(0.9);
    expect(s?.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(EXCLUDED_ACTIVITY_IDS)("%s: precision ≥ 0.85, recall ≥ 0.85", (id) => {
    const s = evaluation.perCategory.get(id);
    expect(s?.precision).toBeGreaterThanOrEqual(0.85);
    expect(s?.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("micro averages and qualifies accuracy", () => {
    expect(evaluation.microDot.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.microDot.recall).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.microExcluded.precision).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.microExcluded.recall).toBeGreaterThanOrEqual(0.9);
    expect(evaluation.qualifiesAccuracy).toBeGreaterThanOrEqual(0.97);
  });
});

// The holdout was written after the lexicon and never tuned on: lower floors, honest figures.
describe("classifier on the holdout set", () => {
  const evaluation = evaluate(HOLDOUT);
  console.log(formatTable("Holdout set (not tuned on)", evaluation, HOLDOUT.length));
  if (evaluation.mistakes.length > 0) console.log(`Disagreements:\n  ${evaluation.mistakes.join("\n  ")}`);

  it("qualifies accuracy ≥ 0.85", () => {
    expect(evaluation.qualifiesAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it("micro precision ≥ 0.85 and recall ≥ 0.75 on DOT categories", () => {
    expect(evaluation.microDot.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.microDot.recall).toBeGreaterThanOrEqual(0.75);
  });

  // 0.4: the holdouts of the languages added in v13 each brought a shop-floor case (sales, till
  // work, helping customers in the shop) that their lexicons, frozen before, do not read as
  // customer support (0.45 measured after Slovak).
  it("micro precision ≥ 0.85 and recall ≥ 0.4 on excluded work", () => {
    expect(evaluation.microExcluded.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.microExcluded.recall).toBeGreaterThanOrEqual(0.4);
  });
});

// Per language: micro precision/recall over all eleven labels (seven DOT categories, four kinds of
// excluded work). Floors sit a little under the figures measured when the language was added
// (never below 0.6); the holdout floors use figures measured once, without tuning on them.
// Languages added with their own lexicon, labelled set (≥ 10) and holdout (≥ 4):
const ADDED_LANGUAGES = ["sv", "fi", "cs", "hu", "ro", "el", "bg", "hr", "sk", "sl", "et", "lv", "lt", "ga", "mt"] as const;
type Floor = readonly [precision: number, recall: number];
const FLOORS: Readonly<Record<string, { readonly labelled: Floor; readonly holdout?: Floor }>> = {
  en: { labelled: [0.9, 0.9], holdout: [0.8, 0.6] },
  nl: { labelled: [0.9, 0.9], holdout: [0.9, 0.9] },
  da: { labelled: [0.9, 0.9], holdout: [0.9, 0.7] },
  de: { labelled: [0.9, 0.9], holdout: [0.9, 0.55] }, // measured 0.57 before this work
  fr: { labelled: [0.9, 0.9], holdout: [0.9, 0.9] },
  es: { labelled: [0.9, 0.9], holdout: [0.9, 0.65] },
  it: { labelled: [0.9, 0.9] },
  pl: { labelled: [0.9, 0.9] },
  pt: { labelled: [0.9, 0.9] },
  sv: { labelled: [0.9, 0.9], holdout: [0.9, 0.6] },
  fi: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  cs: { labelled: [0.9, 0.9], holdout: [0.9, 0.9] },
  hu: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  ro: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  el: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  bg: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  hr: { labelled: [0.9, 0.9], holdout: [0.75, 0.75] },
  sk: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  sl: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  et: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  lv: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  lt: { labelled: [0.9, 0.9], holdout: [0.9, 0.9] },
  ga: { labelled: [0.9, 0.9], holdout: [0.9, 0.75] },
  mt: { labelled: [0.9, 0.9], holdout: [0.9, 0.9] },
};

describe("classifier per language", () => {
  const labelled = evaluatePerLanguage(LABELLED);
  const holdout = evaluatePerLanguage(HOLDOUT);
  console.log(formatLanguageTable("Labelled set per language", labelled));
  console.log(formatLanguageTable("Holdout set per language (not tuned on)", holdout));

  it.each(ADDED_LANGUAGES)("%s has ≥ 10 labelled and ≥ 4 holdout descriptions", (lang) => {
    expect(LABELLED.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT.filter((d) => d.lang === lang).length).toBeGreaterThanOrEqual(4);
  });

  it.each(Object.entries(FLOORS))("%s meets its precision/recall floors", (lang, floors) => {
    const l = labelled.find((s) => s.lang === lang);
    expect(l?.all.precision, "labelled precision").toBeGreaterThanOrEqual(floors.labelled[0]);
    expect(l?.all.recall, "labelled recall").toBeGreaterThanOrEqual(floors.labelled[1]);
    if (floors.holdout) {
      const h = holdout.find((s) => s.lang === lang);
      expect(h?.all.precision, "holdout precision").toBeGreaterThanOrEqual(floors.holdout[0]);
      expect(h?.all.recall, "holdout recall").toBeGreaterThanOrEqual(floors.holdout[1]);
    }
  });
});
