// Pure helpers of the SVG charts (tested in tests/unit/chart-scale.test.ts).

/** A round gridline step (1, 2, 5 × 10ⁿ, at least 1) giving about four steps up to max. */
export function gridStep(max: number): number {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!,
  );
}

/**
 * The x-axis labels: every label when there are at most 12 columns; otherwise only the year at each
 * January, and at the first column unless a January follows within six columns (labels would collide).
 */
export function monthTicks(keys: readonly string[], labels: readonly string[]): (string | null)[] {
  if (keys.length <= 12) return [...labels];
  const firstJanuary = keys.findIndex((k) => k.endsWith("-01"));
  return keys.map((k, i) => (k.endsWith("-01") || (i === 0 && (firstJanuary < 0 || firstJanuary > 6)) ? k.slice(0, 4) : null));
}

// About 9 px a character at 14 px (digits and capitals are wide): 23 characters fit the bar chart's 220-unit label column.
const MAX_LABEL_CHARS = 23;

/** Long labels are cut with an ellipsis in the chart (the table and the bar's tooltip keep them whole). */
export function chartLabel(label: string, max = MAX_LABEL_CHARS): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}
