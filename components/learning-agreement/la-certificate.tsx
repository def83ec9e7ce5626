import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { LaFact, LaFacts, LaSection } from "./la-section";

/** D: the traineeship certificate issued by the receiving organisation after the traineeship. */
export async function LaCertificate({ view, form }: { view: LearningAgreementView; form?: ReactNode }) {
  const t = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00.000Z`), { dateStyle: "long" });
  const c = view.certificate;
  return (
    <LaSection id="la-certificate" title={t("certificate.title")} lead={t("certificate.lead")}>
      {c ? (
        <LaFacts>
          <LaFact term={t("certificate.period")} wide>
            {t("certificate.periodValue", { start: day(c.actualStart), end: day(c.actualEnd) })}
          </LaFact>
          <LaFact term={t("certificate.programmeCompleted")} wide>
            {c.programmeCompleted}
          </LaFact>
          <LaFact term={t("certificate.competences")} wide>
            {c.competences}
          </LaFact>
          <LaFact term={t("certificate.evaluation")} wide>
            {c.evaluation}
          </LaFact>
          <LaFact term={t("certificate.signedBy")} wide>
            {t("certificate.signedByValue", {
              name: c.signerName,
              position: c.signerPosition,
              at: format.dateTime(new Date(c.issuedAt), { dateStyle: "long" }),
            })}
          </LaFact>
        </LaFacts>
      ) : (
        <p className="text-sm text-slate-700">{view.certificateOpen ? t("certificate.noneYetHost") : t("certificate.noneYet")}</p>
      )}
      {form && <div className="no-print mt-4">{form}</div>}
    </LaSection>
  );
}
