import type { ChartItem } from "./bar-chart";
import { gridStep, monthTicks } from "./scale";

// A column chart for a time series (one column per month), server-rendered SVG like BarChart:
// one image for assistive technology, the numbers in the table beside it.

const MIN_WIDTH = 720;
const MIN_SLOT = 7; // a long series widens the drawing instead of thinning columns to lines
const HEIGHT = 260;
const LEFT = 40;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 40;

export function ColumnChart({ id, title, summary, items }: { id: string; title: string; summary: string; items: ChartItem[] }) {
  const width = Math.max(MIN_WIDTH, LEFT + RIGHT + items.length * MIN_SLOT);
  const every = gridStep(Math.max(0, ...items.map((i) => i.value)));
  const top = Math.ceil(Math.max(1, ...items.map((i) => i.value)) / every) * every;
  const plotW = width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = plotW / Math.max(1, items.length);
  const colW = Math.max(1, Math.min(40, slot * 0.75));
  const gridValues = Array.from({ length: top / every + 1 }, (_, i) => i * every);
  const yOf = (v: number) => TOP + plotH - (v / top) * plotH;
  const ticks = monthTicks(
    items.map((i) => i.key),
    items.map((i) => i.label),
  );
  return (
    <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${HEIGHT}`} width="100%" className="block h-auto max-w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{summary}</desc>
      {gridValues.map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={width - RIGHT} y1={yOf(v)} y2={yOf(v)} className="stroke-slate-300" strokeWidth="1" />
          <text x={LEFT - 6} y={yOf(v)} dominantBaseline="central" textAnchor="end" fontSize="12" className="fill-slate-700">
            {v}
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const x = LEFT + i * slot + (slot - colW) / 2;
        const tick = ticks[i];
        return (
          <g key={item.key}>
            <title>{`${item.label}: ${item.value}`}</title>
            <rect x={x} y={yOf(item.value)} width={colW} height={TOP + plotH - yOf(item.value)} className="fill-brand-600" />
            {tick && (
              <>
                <line x1={x + colW / 2} x2={x + colW / 2} y1={TOP + plotH} y2={TOP + plotH + 4} className="stroke-slate-500" />
                <text x={x + colW / 2} y={HEIGHT - BOTTOM + 18} textAnchor="middle" fontSize="12" className="fill-slate-800">
                  {tick}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
