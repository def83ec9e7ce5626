import type { ReactNode } from "react";

/** One term and its value in a definition list (offer facts, host card, application summary). */
export function OfferFact({ term, children, className = "" }: { term: ReactNode; children: ReactNode; className?: string }) {
  return (
    <div className={className}>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium">{children}</dd>
    </div>
  );
}
