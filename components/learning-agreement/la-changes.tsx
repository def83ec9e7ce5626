import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { LA_PARTIES, isChangeAgreed } from "@/lib/domain/learning-agreement";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { Badge } from "@/components/ui/badge";
import { LaSection } from "./la-section";

/** A2: changes during the mobility, each with its own three signatures. */
export async function LaChanges({ view, signForm, proposeForm }: { view: LearningAgreementView; signForm?: ReactNode; proposeForm?: ReactNode }) {
  const t = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00.000Z`), { dateStyle: "long" });
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  const explanation = !view.fullySigned
    ? t("changes.needsSignatures")
    : view.today < view.period.start
      ? t("changes.beforeStart")
      : view.today > view.period.end
        ? t("changes.ended")
        : null;
  return (
    <LaSection id="la-changes" title={t("changes.title")} lead={t("changes.lead")}>
      {view.changes.length === 0 ? (
        <p className="text-sm text-slate-700">{t("changes.none")}</p>
      ) : (
        <ol className="space-y-3">
          {view.changes.map((change) => (
            <li key={change.number} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {t("changes.number", { number: change.number })}
                <Badge tone={isChangeAgreed(change) ? "success" : "warning"}>{isChangeAgreed(change) ? t("changes.agreed") : t("changes.pending")}</Badge>
              </p>
              <p className="mt-1 whitespace-pre-line">{change.description}</p>
              {change.newEnd && <p className="mt-1">{t("changes.newEnd", { end: day(change.newEnd) })}</p>}
              {change.programme && (
                <div className="mt-1">
                  <p className="text-slate-600">{t("changes.newProgramme")}</p>
                  <p className="whitespace-pre-line">{change.programme}</p>
                </div>
              )}
              <p className="mt-2 text-slate-700">{t("changes.proposed", { party: t(`party.${change.proposedBy}`), at: when(change.proposedAt) })}</p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-slate-700">
                {LA_PARTIES.map((party) => {
                  const s = change.signatures[party];
                  return (
                    <li key={party}>
                      {t(`party.${party}`)}:{" "}
                      {s ? t("changes.signedBy", { name: view.signerNames[s.signerId] ?? "—", at: when(s.signedAt) }) : t("signatures.notYet")}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {signForm && <div className="no-print mt-4">{signForm}</div>}
      {proposeForm ? <div className="no-print mt-4">{proposeForm}</div> : explanation && <p className="no-print mt-3 text-sm text-slate-700">{explanation}</p>}
    </LaSection>
  );
}
