// Turning matches into evidence: terms, tool + action combos, exceptions, one phrase per
// category and place, quoted from the original text.
import type { ActivityId } from "../activities";
import { ENGINE } from "./compiled";
import type { ComboRuleCompiled } from "./engine";
import { type Document, matchesOf, overlaps, sentenceIndexOf } from "./matching";
import { originalIndex } from "./normalise";
import { type Span, isWordCode } from "./text-structure";
import type { Evidence } from "./types";

export interface Found extends Span {
  readonly id: ActivityId;
  readonly dot: boolean;
  readonly language: string | null;
  readonly sentenceIndex: number;
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;

const NO_SPANS: readonly Span[] = [];

function exceptionSpans(id: ActivityId, doc: Document): readonly Span[] {
  let spans = doc.exceptionCache.get(id);
  if (!spans) {
    let found: Span[] | null = null;
    for (const matcher of ENGINE.exceptions.get(id) ?? []) {
      const matches = matchesOf(matcher);
      if (matches) (found ??= []).push(...matches);
    }
    spans = found ?? NO_SPANS;
    doc.exceptionCache.set(id, spans);
  }
  return spans;
}

/** Spans of a matcher that count for a category (outside that category's exception phrases). */
function spansFor(matcher: number, id: ActivityId, doc: Document): readonly Span[] {
  const spans = matchesOf(matcher);
  if (!spans) return [];
  const exceptions = exceptionSpans(id, doc);
  if (exceptions.length === 0) return spans;
  return spans.filter((s) => !exceptions.some((e) => within(s, e)));
}

export function termEvidence(matched: readonly number[], doc: Document): Found[] {
  const found: Found[] = [];
  for (const matcher of matched) {
    for (const rule of ENGINE.termRulesByMatcher[matcher] ?? []) {
      for (const span of spansFor(matcher, rule.id, doc)) {
        found.push({ start: span.start, end: span.end, id: rule.id, dot: rule.dot, language: rule.language, sentenceIndex: sentenceIndexOf(span.start, doc) });
      }
    }
  }
  return found;
}

export interface ComboCandidate {
  readonly rule: ComboRuleCompiled;
  readonly tools: number[];
  readonly actions: number[];
}

// Scratch for candidateCombos: per combo rule, the matched tools and actions of this call.
const comboTools: number[][] = Array.from({ length: ENGINE.comboCount }, () => []);
const comboActions: number[][] = Array.from({ length: ENGINE.comboCount }, () => []);
const touchedCombos: ComboRuleCompiled[] = [];

/** Combo rules with at least one tool and one action present, in lexicon order. */
export function candidateCombos(matched: readonly number[]): ComboCandidate[] {
  touchedCombos.length = 0;
  const touch = (rule: ComboRuleCompiled) => {
    if ((comboTools[rule.index] as number[]).length === 0 && (comboActions[rule.index] as number[]).length === 0) {
      touchedCombos.push(rule);
    }
  };
  for (const matcher of matched) {
    for (const rule of ENGINE.combosByTool[matcher] ?? []) {
      touch(rule);
      (comboTools[rule.index] as number[]).push(matcher);
    }
    for (const rule of ENGINE.combosByAction[matcher] ?? []) {
      touch(rule);
      (comboActions[rule.index] as number[]).push(matcher);
    }
  }
  const candidates: ComboCandidate[] = [];
  for (const rule of touchedCombos) {
    const tools = comboTools[rule.index] as number[];
    const actions = comboActions[rule.index] as number[];
    if (tools.length > 0 && actions.length > 0) candidates.push({ rule, tools: [...tools], actions: [...actions] });
    tools.length = 0;
    actions.length = 0;
  }
  return candidates.sort((a, b) => a.rule.index - b.rule.index);
}

function tokenRange(span: Span, doc: Document): [number, number] {
  return [doc.tokenAt[span.start] ?? 0, doc.tokenAt[span.end - 1] ?? 0];
}

function wordsBetween(a: Span, b: Span, doc: Document): number {
  const [aFirst, aLast] = tokenRange(a, doc);
  const [bFirst, bLast] = tokenRange(b, doc);
  return aLast < bFirst ? bFirst - aLast - 1 : aFirst - bLast - 1;
}

/** A tool counts only with an action word of the same rule, in the same sentence, close enough. */
export function comboEvidence(candidates: readonly ComboCandidate[], doc: Document, dotFound: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const { rule, tools, actions } of candidates) {
    for (const toolMatcher of tools) {
      for (const tool of spansFor(toolMatcher, rule.id, doc)) {
        const sentenceIndex = sentenceIndexOf(tool.start, doc);
        const partOfDotEvidence = dotFound.some((f) => f.sentenceIndex === sentenceIndex && (overlaps(f, tool) || wordsBetween(f, tool, doc) <= rule.window));
        if (partOfDotEvidence) continue;
        const action = firstCloseAction(actions, tool, sentenceIndex, rule, doc);
        if (!action) continue;
        found.push({
          start: Math.min(tool.start, action.start),
          end: Math.max(tool.end, action.end),
          id: rule.id,
          dot: rule.dot,
          language: rule.language,
          sentenceIndex,
        });
      }
    }
  }
  return found;
}

function firstCloseAction(actionMatchers: readonly number[], tool: Span, sentenceIndex: number, rule: ComboRuleCompiled, doc: Document): Span | undefined {
  for (const matcher of actionMatchers) {
    for (const action of spansFor(matcher, rule.id, doc)) {
      if (overlaps(tool, action) || sentenceIndexOf(action.start, doc) !== sentenceIndex) continue;
      if (wordsBetween(tool, action, doc) <= rule.window) return action;
    }
  }
  return undefined;
}

/** The language most evidence came from; shared words (e.g. "typ*") are then credited to it. */
function dominantLanguage(found: readonly Found[]): string | null {
  const counts = new Map<string, number>();
  for (const f of found) if (f.language !== null) counts.set(f.language, (counts.get(f.language) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && language < best)) {
      best = language;
      bestCount = count;
    }
  }
  return best;
}

/**
 * One piece of evidence per category and place: of overlapping finds, keep the one in the
 * text's dominant language (or language-neutral), then the longest.
 */
export function dedupe(found: readonly Found[]): Found[] {
  const dominant = dominantLanguage(found);
  const foreign = (f: Found) => (f.language !== null && f.language !== dominant ? 1 : 0);
  const preferred = [...found].sort(
    (a, b) =>
      foreign(a) - foreign(b) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      compareText(a.id, b.id) ||
      compareText(a.language ?? "", b.language ?? ""),
  );
  const keptById = new Map<ActivityId, Found[]>();
  const kept: Found[] = [];
  for (const f of preferred) {
    const sameId = keptById.get(f.id);
    if (sameId?.some((k) => overlaps(k, f))) continue;
    if (sameId) sameId.push(f);
    else keptById.set(f.id, [f]);
    kept.push(f);
  }
  return kept.sort((a, b) => Number(b.dot) - Number(a.dot) || a.start - b.start || compareText(a.id, b.id));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isWordPart(text: string, i: number, direction: 1 | -1): boolean {
  const code = text.charCodeAt(i);
  return isWordCode(code) || (code === 45 && isWordCode(text.charCodeAt(i + direction))); // 45: "-"
}

/** Widens a span to whole words, so "entwicklung" is quoted as "Webentwicklung". */
function widenToWords(span: Span, text: string): Span {
  let start = span.start;
  let end = span.end;
  while (start > 0 && isWordPart(text, start - 1, -1)) start--;
  while (end < text.length && isWordPart(text, end, 1)) end++;
  return { start, end };
}

function originalSlice(span: Span, doc: Document): string {
  if (span.end <= span.start) return "";
  const start = originalIndex(doc.folded, span.start);
  const end = originalIndex(doc.folded, span.end - 1) + 1;
  return doc.original.slice(start, end).trim();
}

export function toEvidence(f: Found, doc: Document): Evidence {
  const sentence = doc.sentences[f.sentenceIndex];
  return {
    id: f.id,
    kind: f.dot ? "category" : "excluded",
    phrase: originalSlice(widenToWords(f, doc.text), doc),
    sentence: sentence ? originalSlice(sentence, doc) : "",
    sentenceIndex: f.sentenceIndex,
    ...(f.language !== null ? { language: f.language } : {}),
  };
}
