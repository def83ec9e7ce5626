// Picking the options of a country or language select from a locale's name list. No data here:
// the server reads lib/text/names/, client components get their locale's lists as props/context.

export type NameKind = "region" | "language";
export type NameOption = { code: string; name: string };
export type NamePairs = readonly (readonly [string, string])[];

/**
 * The pairs as options, in their stored (collation) order: `only` keeps those codes (every one when
 * absent), `keep` adds codes already chosen that `only` would leave out, so a stored value never
 * disappears from its list.
 */
export function pickOptions(pairs: NamePairs, only?: readonly string[], keep: readonly (string | undefined)[] = []): NameOption[] {
  const wanted = only ? new Set([...only, ...keep.filter((c): c is string => Boolean(c))]) : null;
  return pairs.filter(([code]) => !wanted || wanted.has(code)).map(([code, name]) => ({ code, name }));
}
