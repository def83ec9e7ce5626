import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { legalFacts } from "@/lib/server/legal/facts";
import { LegalDocument } from "@/components/legal/legal-document";
import { HOST_TERMS } from "@/components/legal/outlines";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "legal.hostTerms" }))("title"), alternates: localeAlternates(locale, "/host-terms") };
}

export default async function HostTermsPage({ params }: LocaleParams) {
  await pageLocale(params);
  await connection(); // the operator is a runtime setting, not the build's
  return <LegalDocument doc="hostTerms" sections={HOST_TERMS} facts={legalFacts()} />;
}
