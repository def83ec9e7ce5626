import type { ReactNode } from "react";

/** One part of the agreement, headed like the template's sections; breaks cleanly on paper. */
export function LaSection({ id, title, lead, children, actions }: { id: string; title: string; lead?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="break-inside-avoid-page rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:rounded-none print:border-slate-400 print:p-3 print:shadow-none"
    >
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          {lead && <p className="mt-1 text-sm text-slate-700">{lead}</p>}
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** A definition list laid out in two columns on wide screens (and on paper). */
export function LaFacts({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 print:grid-cols-2">{children}</dl>;
}

export function LaFact({ term, children, wide = false }: { term: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2 print:col-span-2" : undefined}>
      <dt className="text-slate-600">{term}</dt>
      <dd className="whitespace-pre-line font-medium text-slate-900">{children}</dd>
    </div>
  );
}
