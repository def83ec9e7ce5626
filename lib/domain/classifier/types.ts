import type { ActivityId, DotActivityId, ExcludedActivityId } from "../activities";

export interface Evidence {
  readonly id: ActivityId;
  readonly kind: "category" | "excluded";
  /** The words of the original text that matched (a term, or a tool and an action). */
  readonly phrase: string;
  /** The original sentence the phrase was found in. */
  readonly sentence: string;
  readonly sentenceIndex: number;
  /** Language of the lexicon entry; absent for language-neutral entries (product names, acronyms). */
  readonly language?: string;
}

export interface ClassificationResult {
  /** docs/domain.md §1: a DOT needs at least one listed activity; excluded work does not prevent it. */
  readonly qualifies: boolean;
  readonly categories: DotActivityId[];
  readonly excluded: ExcludedActivityId[];
  readonly evidence: Evidence[];
}

/** A tool word counts only next to an action word in the same sentence (e.g. "Excel" + "type in"). */
export interface ComboRule {
  readonly tools: readonly string[];
  readonly actions: readonly string[];
  /** Most words allowed between tool and action; default 8. */
  readonly window?: number;
}

export interface CategoryEntry {
  /** Strong evidence on their own. */
  readonly terms?: readonly string[];
  readonly combos?: readonly ComboRule[];
  /**
   * Phrases that contain this category's words but are no evidence for it: "data warehouse" is no
   * warehouse work, "réseaux sociaux" are no IT network. Words inside them do not count here.
   */
  readonly exceptions?: readonly string[];
}

export interface Lexicon {
  /** ISO 639-1 code, or null for language-neutral entries. */
  readonly language: string | null;
  readonly categories: Partial<Record<ActivityId, CategoryEntry>>;
  /** Cues in the few words before a term that cancel it ("no", "geen", "ohne"). */
  readonly negationsBefore?: readonly string[];
  /** Cues in the few words after a term that cancel it ("not required", "niet vereist"). */
  readonly negationsAfter?: readonly string[];
  /** Phrases that look like a negation but are not ("not only", "nicht nur", "non-profit"). */
  readonly notNegations?: readonly string[];
}
