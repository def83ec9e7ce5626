import type { ChartItem } from "./bar-chart";

// A column chart for a time series (one column per month), server-rendered SVG like BarChart:
// one image for assistive technology, the numbers in the table beside it. With many columns only
// the first month of each year is labelled, so the axis stays readable.

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 40;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 40;

export function ColumnChart({ id, title, summary, items, tickLabel }: { id: string; title: string; summary: string; items: ChartItem[]; tickLabel: (item: ChartItem, index: number) => string | null }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const step = plotW / Math.max(1, items.length);
  const colW = Math.max(1, Math.min(40, step * 0.75));
  const gridValues = [...new Set([0, Math.round(max / 2), max])];
  const yOf = (v: number) => TOP + plotH - (v / max) * plotH;
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" className="block h-auto max-w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {gridValues.map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={yOf(v)} y2={yOf(v)} className="stroke-slate-300" strokeWidth="1" />
          <text x={LEFT - 6} y={yOf(v)} dominantBaseline="central" textAnchor="end" fontSize="12" className="fill-slate-700">
            {v}
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const x = LEFT + i * step + (step - colW) / 2;
        const tick = tickLabel(item, i);
        return (
          <g key={item.key}>
            <title>{`${item.label}: ${item.value}`}</title>
            <rect x={x} y={yOf(item.value)} width={colW} height={TOP + plotH - yOf(item.value)} className="fill-brand-600" />
            {tick && (
              <text x={x + colW / 2} y={HEIGHT - BOTTOM + 16} textAnchor="middle" fontSize="12" className="fill-slate-800">
                {tick}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
