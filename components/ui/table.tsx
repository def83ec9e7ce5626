import type { ReactNode } from "react";

/**
 * A wide table scrolls inside its own region on a narrow screen, never the page: the region is named
 * by the caption and can take focus, so keyboard users can scroll it too. `relative` makes it the
 * containing block of screen-reader-only text in the cells, which would otherwise widen the page.
 */
export function Table({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="relative max-w-full overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2 text-left font-semibold text-slate-700">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <td className={`px-4 py-2 align-top text-slate-800 ${className}`}>{children}</td>;
}
