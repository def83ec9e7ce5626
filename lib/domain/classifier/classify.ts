// The activity classifier: finds evidence of the docs/domain.md §1 activities in free-text task
// descriptions, in any of the lexicon languages. Deterministic and pure. How it works and how to
// add words: README.md. Why patterns over lexicon data: docs/decisions/0018.
import { DOT_ACTIVITY_IDS, EXCLUDED_ACTIVITY_IDS, type DotActivityId } from "../activities";
import { candidateCombos, comboEvidence, dedupe, termEvidence, toEvidence } from "./evidence";
import { analyse } from "./matching";
import type { ClassificationResult } from "./types";

export function classifyActivities(text: string): ClassificationResult {
  const doc = analyse(text);
  const matched = doc.matched;

  const termFinds = termEvidence(matched, doc);
  const dotFound = termFinds.filter((f) => f.dot);
  const combos = candidateCombos(matched);
  dotFound.push(
    ...comboEvidence(
      combos.filter((c) => c.rule.dot),
      doc,
      [],
    ),
  );
  const excludedFound = [
    ...termFinds.filter((f) => !f.dot),
    // docs/domain.md §1 "whatever tools are used": a tool mention that is part of DOT evidence
    // ("analysing sales data in Excel") is not also "merely using" it.
    ...comboEvidence(
      combos.filter((c) => !c.rule.dot),
      doc,
      dotFound,
    ),
  ];
  const found = dedupe([...dotFound, ...excludedFound]);

  const present = new Set(found.map((f) => f.id));
  const categories = DOT_ACTIVITY_IDS.filter((id) => present.has(id));
  return {
    qualifies: categories.length > 0, // docs/domain.md §1: at least one listed activity is enough
    categories,
    excluded: EXCLUDED_ACTIVITY_IDS.filter((id) => present.has(id)),
    evidence: found.map((f) => toEvidence(f, doc)),
  };
}

export interface DeclaredEvidence {
  readonly id: DotActivityId;
  readonly hasEvidence: boolean;
}

/** Per declared category: was evidence found? (If not, show "declared, no evidence found".) */
export function evidenceForDeclared(declared: readonly DotActivityId[], result: ClassificationResult): DeclaredEvidence[] {
  const found = new Set<string>(result.categories);
  return [...new Set(declared)].map((id) => ({ id, hasEvidence: found.has(id) }));
}
