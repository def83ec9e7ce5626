// Splits a text into plain and marked segments for the given phrases, so a page can show where
// the DOT evidence (lib/domain classifier, which quotes phrases from the original text) was found.

export interface HighlightTerm<T> {
  readonly phrase: string;
  readonly tag: T;
}

export type Segment<T> = { readonly text: string; readonly tag: T | null };

/**
 * Every occurrence of every phrase, exact (the classifier quotes the original text). Where
 * phrases overlap the longer wins, then the earlier; the segments always join back to `text`.
 */
export function highlightSegments<T>(text: string, terms: readonly HighlightTerm<T>[]): Segment<T>[] {
  const hits: { start: number; end: number; tag: T }[] = [];
  for (const term of terms) {
    if (!term.phrase) continue;
    for (let at = text.indexOf(term.phrase); at !== -1; at = text.indexOf(term.phrase, at + 1)) {
      hits.push({ start: at, end: at + term.phrase.length, tag: term.tag });
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);

  const segments: Segment<T>[] = [];
  let cursor = 0;
  for (const hit of kept) {
    if (hit.start > cursor) segments.push({ text: text.slice(cursor, hit.start), tag: null });
    segments.push({ text: text.slice(hit.start, hit.end), tag: hit.tag });
    cursor = hit.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), tag: null });
  return segments;
}
