import type { ReactNode } from "react";

/** `titleLang`: the title's language when it is content in another language than the page (an offer's title). */
export function PageHeader({ title, titleLang, lead, actions }: { title: string; titleLang?: string; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 lang={titleLang} className="text-2xl font-bold tracking-tight text-slate-900 md:text-3xl">
          {title}
        </h1>
        {lead && <p className="mt-1 max-w-3xl text-slate-700">{lead}</p>}
      </div>
      {actions}
    </div>
  );
}
