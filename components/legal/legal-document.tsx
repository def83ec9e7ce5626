import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { PageHeader } from "@/components/ui/page-header";
import type { LegalFacts } from "@/lib/server/legal/facts";

/** One section of a legal page: its paragraphs and list items are message keys under `<doc>.<id>`. */
export type LegalSection = {
  id: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
  /** Rendered after the section's text (e.g. the accessibility results table). */
  extra?: ReactNode;
};

export type LegalDocumentKey = "privacy" | "accessibility" | "hostTerms";

/** The date these texts were last changed; shown on each page ("Last updated"). */
export const LEGAL_TEXTS_UPDATED = new Date("2026-12-07T00:00:00Z");

const EU_ENFORCEMENT_BODIES = "https://digital-strategy.ec.europa.eu/en/policies/web-accessibility-directive-monitoring-enforcement";

/**
 * A legal page (privacy notice, accessibility statement, host terms) built from its outline: every
 * sentence is a message, so each language has the whole text; the figures come from `facts`.
 */
type Values = Record<string, string | number | Date>;

/** `values`: the figures of single sentences, by their key within the document ("retention.cvs"). */
export async function LegalDocument({
  doc,
  sections,
  facts,
  values = {},
}: {
  doc: LegalDocumentKey;
  sections: readonly LegalSection[];
  facts: LegalFacts;
  values?: Record<string, Values>;
}) {
  const t = await getTranslations(`legal.${doc}`);
  const tLegal = await getTranslations("legal");
  const email = facts.operator.email;
  const args = {
    operator: facts.operator.name ?? tLegal("operatorUnnamed"),
    email: email ?? tLegal("contactFallback"),
    site: facts.site,
  };
  const tags = {
    mail: (chunks: ReactNode) =>
      email ? (
        <a href={`mailto:${email}`} className="font-medium text-brand-700 underline">
          {chunks}
        </a>
      ) : (
        chunks
      ),
    account: (chunks: ReactNode) => (
      <Link href="/account" className="font-medium text-brand-700 underline">
        {chunks}
      </Link>
    ),
    bodies: (chunks: ReactNode) => (
      <a href={EU_ENFORCEMENT_BODIES} className="font-medium text-brand-700 underline">
        {chunks}
      </a>
    ),
  };
  // Keys are built from the outline, so the compiler cannot check them; tests/unit/legal-pages.test.ts does.
  const rich = t.rich as unknown as (key: string, values: Record<string, unknown>) => ReactNode;
  const text = (key: string) => rich(key, { ...args, ...values[key], ...tags });
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <p className="text-sm text-slate-600">{tLegal("updated", { date: LEGAL_TEXTS_UPDATED })}</p>
      {!email && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {tLegal("noContact")}
        </p>
      )}
      <nav aria-labelledby="legal-contents" className="rounded-md border border-slate-200 bg-white p-4">
        <h2 id="legal-contents" className="font-semibold text-slate-900">
          {tLegal("contents")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-brand-700 underline">
                {t(`${s.id}.heading` as never)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => (
        <section key={s.id} aria-labelledby={s.id} className="space-y-3 leading-relaxed text-slate-800">
          <h2 id={s.id} className="scroll-mt-4 text-xl font-semibold text-slate-900">
            {t(`${s.id}.heading` as never)}
          </h2>
          {s.paragraphs?.map((p) => (
            <p key={p}>{text(`${s.id}.${p}`)}</p>
          ))}
          {s.items && (
            <ul className="list-disc space-y-2 pl-6">
              {s.items.map((item) => (
                <li key={item}>{text(`${s.id}.${item}`)}</li>
              ))}
            </ul>
          )}
          {s.extra}
        </section>
      ))}
    </article>
  );
}
