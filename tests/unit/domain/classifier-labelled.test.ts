import { describe, expect, it } from "vitest";
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS } from "@/lib/domain/activities";
import { HOLDOUT } from "../../fixtures/classifier/holdout";
import { LABELLED } from "../../fixtures/classifier/labelled";
import { evaluate, formatTable } from "./classifier-metrics";

describe("labelled fixtures", () => {
  it("cover the required languages, size and hard cases", () => {
    const perLanguage = (lang: string) => LABELLED.filter((d) => d.lang === lang).length;
    expect(LABELLED.length).toBeGreaterThanOrEqual(140);
    for (const lang of ["en", "nl", "da", "de", "fr", "es"]) expect(perLanguage(lang)).toBeGreaterThanOrEqual(20);
    for (const lang of ["it", "pl", "pt"]) expect(perLanguage(lang)).toBeGreaterThan(0);
    // every category labelled somewhere; mixed and multi-category offers present
    for (const id of [...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS]) {
      expect(LABELLED.some((d) => [...d.categories, ...d.excluded].includes(id)), id).toBe(true);
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

  it("micro precision ≥ 0.85 and recall ≥ 0.5 on excluded work", () => {
    expect(evaluation.microExcluded.precision).toBeGreaterThanOrEqual(0.85);
    expect(evaluation.microExcluded.recall).toBeGreaterThanOrEqual(0.5);
  });
});
