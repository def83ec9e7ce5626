export { classifyActivities, evidenceForDeclared, type DeclaredEvidence } from "./classify";
export type { ClassificationResult, Evidence, Lexicon, CategoryEntry, ComboRule } from "./types";
