// A horizontal bar chart drawn on the server as SVG: no client JavaScript, prints and scales.
// The SVG is one image for assistive technology (role="img", named by its title and a short
// summary); the table rendered beside it carries every number.

import { chartLabel } from "./scale";

export type ChartItem = { key: string; label: string; value: number };

// Sized for half of the page width, so text draws at about its nominal size.
const WIDTH = 560;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 44;
const ROW = 30;
const BAR = 20;

export function BarChart({ id, title, summary, items }: { id: string; title: string; summary: string; items: ChartItem[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = items.length * ROW + 8;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="block h-auto max-w-full"
      style={{ maxWidth: WIDTH }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {items.map((item, i) => {
        const y = i * ROW + 4;
        const w = Math.max(item.value > 0 ? 2 : 0, (item.value / max) * plot);
        return (
          <g key={item.key}>
            <title>{`${item.label}: ${item.value}`}</title>
            <text x={LABEL_WIDTH - 8} y={y + BAR / 2} dominantBaseline="central" textAnchor="end" fontSize="14" className="fill-slate-800">
              {chartLabel(item.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={w} height={BAR} rx="3" className="fill-brand-600" />
            <text x={LABEL_WIDTH + w + 6} y={y + BAR / 2} dominantBaseline="central" fontSize="14" fontWeight="600" className="fill-slate-900">
              {item.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
