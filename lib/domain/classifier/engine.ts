// Compiles all lexicons once, at module load, into the tables classify.ts scans with.
import { type ActivityId, isDotActivityId } from "../activities";
import { AnchorIndex } from "./aho-corasick";
import { type Anchor, compilePattern } from "./pattern";
import type { Lexicon } from "./types";

export const DEFAULT_COMBO_WINDOW = 8;

export interface Matcher {
  readonly pattern: string;
  readonly source: string;
  /** See CompiledPattern.tokensBeforeTrigger: null = scan sentences, else try at word starts. */
  readonly tokensBeforeTrigger: number | null;
  /** Anchor ids per required word: each group needs a hit in the sentence. */
  readonly anchorGroups: readonly (readonly number[])[];
}

export interface EngineAnchor extends Anchor {
  /** Whether a multi-word matcher needs to know where this anchor occurs (trigger or check). */
  readonly inGroups: boolean;
  /** Matchers this anchor triggers (it is in their rarest group); their regex then runs. */
  readonly triggers: readonly number[];
  /** Single-word matchers this anchor decides on its own (no regex needed). */
  readonly singleWords: readonly { readonly matcher: number; readonly leftOpen: boolean; readonly rightOpen: boolean }[];
}

export interface TermRule {
  readonly matcher: number;
  readonly id: ActivityId;
  readonly dot: boolean;
  readonly language: string | null;
}

export interface ComboRuleCompiled {
  /** Position in lexicon order: evaluation order, so results never depend on hit order. */
  readonly index: number;
  readonly id: ActivityId;
  readonly dot: boolean;
  readonly tools: ReadonlySet<number>;
  readonly actions: ReadonlySet<number>;
  readonly window: number;
  readonly language: string | null;
}

/** The per-anchor facts the hit loop reads, as typed arrays (cache-friendly). */
export interface AnchorTables {
  /** ANCHOR_IN_GROUPS | ANCHOR_HAS_TRIGGERS | ANCHOR_HAS_SINGLE_WORDS */
  readonly flags: Uint8Array;
  /** Single words of anchor a: singleMatcher/singleOpen[singleStart[a] … singleStart[a+1]). */
  readonly singleStart: Int32Array;
  readonly singleMatcher: Int32Array;
  /** 1: open on the left ("*word"), 2: open on the right ("word*"). */
  readonly singleOpen: Uint8Array;
}
export const ANCHOR_IN_GROUPS = 1;
export const ANCHOR_HAS_TRIGGERS = 2;
export const ANCHOR_HAS_SINGLE_WORDS = 4;

export interface Engine {
  readonly matchers: readonly Matcher[];
  readonly anchors: readonly EngineAnchor[];
  readonly anchorTables: AnchorTables;
  readonly anchorIndex: AnchorIndex;
  /** Per matcher: the term rules it proves. */
  readonly termRulesByMatcher: readonly (readonly TermRule[])[];
  /** Per matcher: the combo rules it is a tool / an action of. */
  readonly combosByTool: readonly (readonly ComboRuleCompiled[])[];
  readonly combosByAction: readonly (readonly ComboRuleCompiled[])[];
  readonly comboCount: number;
  /** Per category: matchers of phrases that are no evidence for it. */
  readonly exceptions: ReadonlyMap<ActivityId, readonly number[]>;
  /** Negation cues are matchers too, found in the same scan as the terms. */
  readonly negationsBefore: ReadonlySet<number>;
  readonly negationsAfter: ReadonlySet<number>;
  readonly notNegations: ReadonlySet<number>;
  /** Matchers that are cues only: their own matches are never negated. */
  readonly cueOnly: ReadonlySet<number>;
  /**
   * Matchers that are exception phrases only: never negated either, so that "níl … sa phost seo"
   * still keeps "seo" (Irish "this") from counting as SEO.
   */
  readonly exceptionOnly: ReadonlySet<number>;
}

/**
 * The regex of a matcher, built on first use: most patterns are single words decided without a
 * regex, and building (and compiling) only what texts need keeps module load fast.
 * Global ("g") for scanning sentences, sticky ("y") for one attempt at a word start. No "u" flag:
 * patterns and folded text are ASCII.
 */
export function matcherRegex(matcher: Matcher): RegExp {
  let regex = regexCache.get(matcher);
  if (!regex) {
    regex = new RegExp(matcher.source, matcher.tokensBeforeTrigger === null ? "g" : "y");
    regexCache.set(matcher, regex);
  }
  return regex;
}
const regexCache = new WeakMap<Matcher, RegExp>();

/**
 * Builds and compiles every regex now (module load, ~0.1 s) rather than during the first
 * classifications: V8 compiles a regex on first use, separately for one-byte and two-byte
 * strings, and to machine code from the second use on.
 */
export function precompileRegexes(engine: Engine): void {
  const samples = ["x", "\u0100x"]; // a one-byte and a two-byte string
  for (const matcher of engine.matchers) {
    const regex = matcherRegex(matcher);
    for (const sample of samples) {
      for (let run = 0; run < 2; run++) {
        regex.lastIndex = 0;
        regex.test(sample);
      }
    }
  }
}

function anchorTables(anchors: readonly EngineAnchor[]): AnchorTables {
  const flags = Uint8Array.from(
    anchors,
    (a) => (a.inGroups ? ANCHOR_IN_GROUPS : 0) | (a.triggers.length > 0 ? ANCHOR_HAS_TRIGGERS : 0) | (a.singleWords.length > 0 ? ANCHOR_HAS_SINGLE_WORDS : 0),
  );
  const singleStart = new Int32Array(anchors.length + 1);
  anchors.forEach((a, i) => (singleStart[i + 1] = (singleStart[i] as number) + a.singleWords.length));
  const singles = anchors.flatMap((a) => a.singleWords);
  return {
    flags,
    singleStart,
    singleMatcher: Int32Array.from(singles, (w) => w.matcher),
    singleOpen: Uint8Array.from(singles, (w) => (w.leftOpen ? 1 : 0) | (w.rightOpen ? 2 : 0)),
  };
}

export function buildEngine(lexicons: readonly Lexicon[]): Engine {
  const matchers: Matcher[] = [];
  const matcherByPattern = new Map<string, number>();
  const anchorIds = new Map<string, number>();
  const anchors: (Anchor & { inGroups: boolean; triggers: number[]; singleWords: EngineAnchor["singleWords"][number][] })[] = [];

  const anchorId = (anchor: Anchor): number => {
    const key = `${anchor.atWordStart ? "^" : ""}${anchor.text}${anchor.atWordEnd ? "$" : ""}`;
    let id = anchorIds.get(key);
    if (id === undefined) {
      id = anchors.length;
      anchorIds.set(key, id);
      anchors.push({ ...anchor, inGroups: false, triggers: [], singleWords: [] });
    }
    return id;
  };

  const matcherFor = (pattern: string): number => {
    const known = matcherByPattern.get(pattern);
    if (known !== undefined) return known;
    const compiled = compilePattern(pattern);
    const id = matchers.length;
    const anchorGroups = compiled.anchorGroups.map((group) => [...new Set(group.map(anchorId))]);
    matchers.push({ pattern, source: compiled.source, tokensBeforeTrigger: compiled.tokensBeforeTrigger, anchorGroups });
    matcherByPattern.set(pattern, id);
    const single = compiled.singleWord;
    if (!single) for (const group of anchorGroups) for (const a of group) (anchors[a] as { inGroups: boolean }).inGroups = true;
    for (const trigger of anchorGroups[compiled.triggerGroup] ?? []) {
      if (single) anchors[trigger]?.singleWords.push({ matcher: id, ...single });
      else anchors[trigger]?.triggers.push(id);
    }
    return id;
  };

  const termRules: TermRule[] = [];
  const comboRules: ComboRuleCompiled[] = [];
  const exceptions = new Map<ActivityId, number[]>();

  for (const lexicon of lexicons) {
    for (const [id, entry] of Object.entries(lexicon.categories) as [ActivityId, (typeof lexicon.categories)[ActivityId]][]) {
      if (!entry) continue;
      for (const term of entry.terms ?? []) {
        termRules.push({ matcher: matcherFor(term), id, dot: isDotActivityId(id), language: lexicon.language });
      }
      for (const combo of entry.combos ?? []) {
        comboRules.push({
          index: comboRules.length,
          id,
          dot: isDotActivityId(id),
          tools: new Set(combo.tools.map(matcherFor)),
          actions: new Set(combo.actions.map(matcherFor)),
          window: combo.window ?? DEFAULT_COMBO_WINDOW,
          language: lexicon.language,
        });
      }
      if (entry.exceptions && entry.exceptions.length > 0) {
        exceptions.set(id, [...(exceptions.get(id) ?? []), ...entry.exceptions.map(matcherFor)]);
      }
    }
  }

  const termRulesByMatcher: TermRule[][] = matchers.map(() => []);
  for (const rule of termRules) termRulesByMatcher[rule.matcher]?.push(rule);
  const combosByTool: ComboRuleCompiled[][] = matchers.map(() => []);
  const combosByAction: ComboRuleCompiled[][] = matchers.map(() => []);
  for (const rule of comboRules) {
    for (const tool of rule.tools) combosByTool[tool]?.push(rule);
    for (const action of rule.actions) combosByAction[action]?.push(rule);
  }

  const proofMatchers = new Set<number>([...termRules.map((r) => r.matcher), ...comboRules.flatMap((r) => [...r.tools, ...r.actions])]);
  const exceptionMatchers = [...exceptions.values()].flat();
  const evidenceMatchers = new Set<number>([...proofMatchers, ...exceptionMatchers]);
  const cues = (pick: (l: Lexicon) => readonly string[] | undefined) => new Set(lexicons.flatMap((l) => pick(l) ?? []).map(matcherFor));
  const negationsBefore = cues((l) => l.negationsBefore);
  const negationsAfter = cues((l) => l.negationsAfter);
  const notNegations = cues((l) => l.notNegations);
  const cueOnly = new Set([...negationsBefore, ...negationsAfter, ...notNegations].filter((m) => !evidenceMatchers.has(m)));
  const exceptionOnly = new Set(exceptionMatchers.filter((m) => !proofMatchers.has(m)));

  return {
    matchers,
    anchors,
    anchorIndex: new AnchorIndex(anchors),
    anchorTables: anchorTables(anchors),
    termRulesByMatcher,
    combosByTool,
    combosByAction,
    comboCount: comboRules.length,
    exceptions,
    negationsBefore,
    negationsAfter,
    notNegations,
    cueOnly,
    exceptionOnly,
  };
}
