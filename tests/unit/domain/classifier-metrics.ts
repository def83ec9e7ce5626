// Precision/recall of the activity classifier against labelled descriptions (test helper).
import { type ActivityId, DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS } from "@/lib/domain/activities";
import { classifyActivities } from "@/lib/domain/classifier";
import type { LabelledDescription } from "../../fixtures/classifier/labelled";

export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** 1 when nothing was predicted (no false alarm possible). */
  readonly precision: number;
  /** 1 when nothing was expected. */
  readonly recall: number;
}

export interface Evaluation {
  readonly perCategory: ReadonlyMap<ActivityId, Score>;
  readonly microDot: Score;
  readonly microExcluded: Score;
  readonly qualifiesAccuracy: number;
  readonly mistakes: readonly string[];
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp,
  fp,
  fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

const sum = (scores: readonly Score[]) =>
  score(
    scores.reduce((n, s) => n + s.tp, 0),
    scores.reduce((n, s) => n + s.fp, 0),
    scores.reduce((n, s) => n + s.fn, 0),
  );

export function evaluate(set: readonly LabelledDescription[]): Evaluation {
  const counts = new Map<ActivityId, { tp: number; fp: number; fn: number }>();
  for (const id of [...DOT_ACTIVITY_IDS, ...EXCLUDED_ACTIVITY_IDS]) counts.set(id, { tp: 0, fp: 0, fn: 0 });
  let qualifiesRight = 0;
  const mistakes: string[] = [];
  for (const item of set) {
    const result = classifyActivities(item.text);
    const got = new Set<ActivityId>([...result.categories, ...result.excluded]);
    const want = new Set<ActivityId>([...item.categories, ...item.excluded]);
    for (const [id, c] of counts) {
      if (got.has(id) && want.has(id)) c.tp++;
      else if (got.has(id)) c.fp++;
      else if (want.has(id)) c.fn++;
    }
    if (result.qualifies === item.categories.length > 0) qualifiesRight++;
    const extra = [...got].filter((id) => !want.has(id));
    const missing = [...want].filter((id) => !got.has(id));
    if (extra.length > 0 || missing.length > 0) {
      mistakes.push(`[${item.lang}] ${item.text}\n      found too: ${extra.join(", ") || "-"}; missed: ${missing.join(", ") || "-"}`);
    }
  }
  const perCategory = new Map([...counts].map(([id, c]) => [id, score(c.tp, c.fp, c.fn)] as const));
  return {
    perCategory,
    microDot: sum(DOT_ACTIVITY_IDS.map((id) => perCategory.get(id) ?? score(0, 0, 0))),
    microExcluded: sum(EXCLUDED_ACTIVITY_IDS.map((id) => perCategory.get(id) ?? score(0, 0, 0))),
    qualifiesAccuracy: set.length === 0 ? 1 : qualifiesRight / set.length,
    mistakes,
  };
}

export function formatTable(title: string, evaluation: Evaluation, size: number): string {
  const row = (name: string, s: Score) =>
    `${name.padEnd(22)} ${s.precision.toFixed(2).padStart(9)} ${s.recall.toFixed(2).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
  return [
    `${title} (${size} descriptions)`,
    `${"category".padEnd(22)} precision recall   tp   fp   fn`,
    ...DOT_ACTIVITY_IDS.map((id) => row(id, evaluation.perCategory.get(id) ?? score(0, 0, 0))),
    row("micro: DOT categories", evaluation.microDot),
    ...EXCLUDED_ACTIVITY_IDS.map((id) => row(id, evaluation.perCategory.get(id) ?? score(0, 0, 0))),
    row("micro: excluded work", evaluation.microExcluded),
    `qualifies accuracy: ${evaluation.qualifiesAccuracy.toFixed(3)}`,
  ].join("\n");
}

export interface LanguageScore {
  readonly lang: string;
  readonly size: number;
  /** Micro average over the seven DOT categories and the four kinds of excluded work. */
  readonly all: Score;
  readonly dot: Score;
  readonly excluded: Score;
  readonly qualifiesAccuracy: number;
}

/** Precision/recall per language of the descriptions (in the order the languages first occur). */
export function evaluatePerLanguage(set: readonly LabelledDescription[]): LanguageScore[] {
  const languages = [...new Set(set.map((d) => d.lang))];
  return languages.map((lang) => {
    const items = set.filter((d) => d.lang === lang);
    const e = evaluate(items);
    return {
      lang,
      size: items.length,
      all: sum([e.microDot, e.microExcluded]),
      dot: e.microDot,
      excluded: e.microExcluded,
      qualifiesAccuracy: e.qualifiesAccuracy,
    };
  });
}

export function formatLanguageTable(title: string, scores: readonly LanguageScore[]): string {
  const f = (x: number) => x.toFixed(2).padStart(6);
  return [
    title,
    "lang     n   all: P      R   DOT: P      R  excl: P      R  qualifies",
    ...scores.map(
      (s) =>
        `${s.lang.padEnd(4)} ${String(s.size).padStart(4)}   ${f(s.all.precision)} ${f(s.all.recall)}   ${f(s.dot.precision)} ${f(s.dot.recall)}   ${f(s.excluded.precision)} ${f(s.excluded.recall)}  ${s.qualifiesAccuracy.toFixed(2)}`,
    ),
  ].join("\n");
}
