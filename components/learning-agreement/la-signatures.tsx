import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LA_PARTIES } from "@/lib/domain/learning-agreement";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { SIGNED_AT } from "./formats";
import { LaSection } from "./la-section";

/** The three signatures of the current version: who signed for each party, and when. */
export async function LaSignatures({ view, signForm }: { view: LearningAgreementView; signForm?: ReactNode }) {
  const t = await getTranslations("learningAgreement");
  const format = await getFormatter();
  return (
    <LaSection id="la-signatures" title={t("signatures.title")} lead={t("signatures.lead", { version: view.la.version })}>
      <ul className="grid gap-3 md:grid-cols-3 print:grid-cols-3">
        {LA_PARTIES.map((party) => {
          const signature = view.signatures[party];
          const mine = party === view.party;
          return (
            <li key={party} className={`rounded-md border p-3 text-sm ${signature ? "border-green-300 bg-green-50" : "border-slate-300 bg-white"}`}>
              <p className="font-semibold text-slate-900">
                {t(`party.${party}`)}
                {mine && <span className="font-normal text-slate-700 print:hidden"> · {t("signatures.you")}</span>}
              </p>
              {signature ? (
                <p className="mt-1 text-green-900">
                  <span aria-hidden="true">✓ </span>
                  {t("signatures.signedBy", {
                    name: view.signerNames[signature.signerId] ?? "—",
                    at: format.dateTime(signature.signedAt, SIGNED_AT),
                  })}
                </p>
              ) : (
                <p className="mt-1 text-slate-700">{t("signatures.notYet")}</p>
              )}
            </li>
          );
        })}
      </ul>
      {signForm && <div className="no-print mt-4">{signForm}</div>}
    </LaSection>
  );
}
