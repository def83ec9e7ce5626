import type { ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { calendarDateOf, inclusiveDayCount } from "@/lib/domain";
import type { LearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { LaFact, LaFacts, LaSection } from "./la-section";
import { displayName } from "@/lib/text/display-name";

/** An edit form folded under its table, open for the parties that fill that table in. */
function Editor({ label, children }: { label: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <details className="no-print mt-4 rounded-md border border-slate-200 bg-slate-50 p-3">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{label}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}

type TableProps = { view: LearningAgreementView; editor?: ReactNode };

export async function LaTableA({ view, editor }: TableProps) {
  const t = await getTranslations("learningAgreement");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  const locale = await getLocale();
  const { la } = view;
  const start = calendarDateOf(la.plannedStart);
  const end = calendarDateOf(la.plannedEnd);
  const days = inclusiveDayCount(start, end);
  const filled = (value: string) => value.trim() || t("notFilled");
  return (
    <LaSection id="la-table-a" title={t("tableA.title")} lead={t("tableA.lead")}>
      <LaFacts>
        <LaFact term={t("tableA.period")} wide>
          {t("tableA.periodValue", {
            start: format.dateTime(la.plannedStart, { dateStyle: "long" }),
            end: format.dateTime(la.plannedEnd, { dateStyle: "long" }),
            days,
          })}
        </LaFact>
        <LaFact term={t("fields.title")}>{la.title}</LaFact>
        <LaFact term={t("fields.hoursPerWeek")}>{la.hoursPerWeek}</LaFact>
        <LaFact term={t("fields.programme")} wide>
          {la.programme}
        </LaFact>
        <LaFact term={t("fields.digitalSkills")} wide>
          {filled(la.digitalSkills)}
        </LaFact>
        <LaFact term={t("fields.learningOutcomes")} wide>
          {filled(la.learningOutcomes)}
        </LaFact>
        <LaFact term={t("fields.monitoringPlan")} wide>
          {filled(la.monitoringPlan)}
        </LaFact>
        <LaFact term={t("fields.evaluationPlan")} wide>
          {filled(la.evaluationPlan)}
        </LaFact>
        <LaFact term={t("fields.workingLanguage")}>
          {displayName(locale, "language", la.workingLanguage)} · {te(`cefr.${la.workingLanguageLevel}`)}
        </LaFact>
      </LaFacts>
      <Editor label={t("tableA.edit")}>{editor}</Editor>
    </LaSection>
  );
}

export async function LaTableB({ view, editor }: TableProps) {
  const t = await getTranslations("learningAgreement");
  const { la } = view;
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  return (
    <LaSection id="la-table-b" title={t("tableB.title")} lead={t("tableB.lead")}>
      <LaFacts>
        <LaFact term={t("fields.recognition")} wide>
          {la.recognition.trim() || t("notFilled")}
        </LaFact>
        <LaFact term={t("fields.ects")}>{la.ects ?? "—"}</LaFact>
        <LaFact term={t("fields.transcript")}>{yesNo(la.transcript)}</LaFact>
        <LaFact term={t("fields.europassMobility")}>{yesNo(la.europassMobility)}</LaFact>
        <LaFact term={t("fields.insurance")} wide>
          {la.insurance.trim() || t("notFilled")}
        </LaFact>
      </LaFacts>
      <Editor label={t("tableB.edit")}>{editor}</Editor>
    </LaSection>
  );
}

export async function LaTableC({ view, editor }: TableProps) {
  const t = await getTranslations("learningAgreement");
  return (
    <LaSection id="la-table-c" title={t("tableC.title")} lead={t("tableC.lead")}>
      <LaFacts>
        <LaFact term={t("fields.hostSupport")} wide>
          {view.la.hostSupport.trim() || t("notFilled")}
        </LaFact>
      </LaFacts>
      <Editor label={t("tableC.edit")}>{editor}</Editor>
    </LaSection>
  );
}
