import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { legalFacts } from "@/lib/server/legal/facts";
import { axeResults } from "@/lib/accessibility/axe-results";
import { LegalDocument } from "@/components/legal/legal-document";
import { AxeResultsTable } from "@/components/legal/axe-results-table";
import { ACCESSIBILITY_STATEMENT } from "@/components/legal/outlines";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "legal.accessibility" }))("title"), alternates: localeAlternates(locale, "/accessibility") };
}

/** The statement in the model of Implementing Decision (EU) 2018/1523, with the axe results it rests on. */
export default async function AccessibilityPage({ params }: LocaleParams) {
  await pageLocale(params);
  await connection(); // the operator is a runtime setting, not the build's
  const results = axeResults();
  const evaluated = new Date(results.generatedAt);
  const sections = ACCESSIBILITY_STATEMENT.map((s) => (s.id === "preparation" ? { ...s, extra: <AxeResultsTable results={results} /> } : s));
  return (
    <LegalDocument
      doc="accessibility"
      sections={sections}
      facts={legalFacts()}
      values={{
        "preparation.p1": { date: evaluated, version: results.axeVersion },
        "preparation.results": { date: evaluated, scans: results.scans, pages: results.pages.length, violations: results.violations },
      }}
    />
  );
}
