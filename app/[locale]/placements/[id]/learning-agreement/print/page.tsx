import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/not-found";
import { getLearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { LaCertificate } from "@/components/learning-agreement/la-certificate";
import { LaChanges } from "@/components/learning-agreement/la-changes";
import { LaParties } from "@/components/learning-agreement/la-parties";
import { LaSignatures } from "@/components/learning-agreement/la-signatures";
import { LaStatus } from "@/components/learning-agreement/la-status";
import { LaTableA, LaTableB, LaTableC } from "@/components/learning-agreement/la-tables";
import { PrintButton } from "@/components/learning-agreement/print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learningAgreement"))("print.title") };
}

// The document alone, in the template's order (parties, tables, signatures, A2, D): the site's
// header and footer are hidden here, on screen and on paper.
const PRINT_CSS = `
body > header, body > footer, body > a[href="#main"] { display: none; }
body { background: white; }
@media print {
  @page { size: A4; margin: 14mm; }
  main { max-width: none !important; padding: 0 !important; }
  body { font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
}`;

export default async function LearningAgreementPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("sign:learning-agreement:own", `/placements/${id}/learning-agreement/print`);
  const view = await orNotFound(getLearningAgreementView(user, id));
  const t = await getTranslations("learningAgreement");
  const { placement, la } = view;
  return (
    <article className="space-y-4 print:space-y-2">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap items-center gap-4">
        <PrintButton label={t("print.button")} />
        <Link href={`/placements/${placement.id}/learning-agreement`} className="text-sm font-medium text-brand-800 underline">
          {t("print.back")}
        </Link>
      </div>
      <header className="border-b-2 border-slate-900 pb-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t("print.programme")}</p>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-800">
          {t("lead", { trainee: placement.application.participant.user.name, offer: la.title, host: placement.application.offer.host.legalName })}
        </p>
        <p className="mt-1 text-sm">
          {placement.action} · {t("print.callYear", { year: placement.callYear })} · <LaStatus view={view} />
        </p>
      </header>
      <LaParties view={view} />
      <LaTableA view={view} />
      <LaTableB view={view} />
      <LaTableC view={view} />
      <LaSignatures view={view} />
      <LaChanges view={view} />
      <LaCertificate view={view} />
    </article>
  );
}
