import type { ReactNode } from "react";

/** A label/value grid (definition list) for the review page's cards and the mobility record. */
export function PlacementFacts({ rows, columns = 2 }: { rows: readonly (readonly [string, ReactNode])[]; columns?: 2 | 3 }) {
  return (
    <dl className={`grid gap-x-6 gap-y-3 text-sm ${columns === 3 ? "sm:grid-cols-2 lg:grid-cols-3" : "sm:grid-cols-2"}`}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt className="text-slate-600">{label}</dt>
          <dd className="font-medium text-slate-900 [overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
