import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { legalFacts } from "@/lib/server/legal/facts";
import { LegalDocument } from "@/components/legal/legal-document";
import { PRIVACY_NOTICE } from "@/components/legal/outlines";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "legal.privacy" }))("title"), alternates: localeAlternates(locale, "/privacy") };
}

export default async function PrivacyPage({ params }: LocaleParams) {
  await pageLocale(params);
  await connection(); // the operator and the retention periods are runtime settings, not the build's
  const facts = legalFacts();
  return (
    <LegalDocument
      doc="privacy"
      sections={PRIVACY_NOTICE}
      facts={facts}
      values={{
        "retention.cvs": { months: facts.cvMonths },
        "retention.unverified": { days: facts.unverifiedAccountDays },
        "retention.exports": { days: facts.dataExportDays },
        "rights.self": { days: facts.deletionGraceDays },
      }}
    />
  );
}
