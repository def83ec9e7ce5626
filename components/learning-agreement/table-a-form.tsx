"use client";
import { useTranslations } from "next-intl";
import { saveTableAAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import { CEFR_LEVEL_CODES, COMMON_LANGUAGE_CODES } from "@/lib/domain/languages";
import { useNameOptions } from "@/components/i18n/names-context";
import { LA_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";
import { VoidWarning } from "./void-warning";
import { CountedTextArea, CountedTextField } from "@/components/forms/counted-field";

export interface TableAValues {
  title: string;
  hoursPerWeek: number;
  programme: string;
  digitalSkills: string;
  learningOutcomes: string;
  monitoringPlan: string;
  evaluationPlan: string;
  workingLanguage: string;
  workingLanguageLevel: string;
  mentorName: string;
  mentorEmail: string;
}

/** Table A, edited by the sending institution and the host (lib/domain/learning-agreement/parties.ts). */
export function TableAForm({ placementId, version, values, signedCount }: { placementId: string; version: number; values: TableAValues; signedCount: number }) {
  const t = useTranslations("learningAgreement");
  const te = useTranslations("enums");
  const { state, formAction, pending, errors, value, key } = useLaForm(saveTableAAction);
  const v = (name: keyof TableAValues) => value(name, values[name]);
  const languages = useNameOptions("language", COMMON_LANGUAGE_CODES, [values.workingLanguage]);
  return (
    <form key={key} action={formAction} noValidate aria-label={t("tableA.edit")}>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <VoidWarning signedCount={signedCount} />
      <LaHidden placementId={placementId} version={version} />
      <CountedTextField name="title" id="la-title" label={t("fields.title")} defaultValue={v("title")} errors={errors.title} max={LA_LIMITS.title} required />
      <TextField
        name="hoursPerWeek"
        id="la-hours"
        type="number"
        min={1}
        max={48}
        label={t("fields.hoursPerWeek")}
        hint={t("form.hoursHint")}
        defaultValue={v("hoursPerWeek")}
        errors={errors.hoursPerWeek}
        required
      />
      <CountedTextArea
        name="programme"
        id="la-programme"
        rows={6}
        label={t("fields.programme")}
        defaultValue={v("programme")}
        errors={errors.programme}
        max={LA_LIMITS.programme}
        required
      />
      <CountedTextArea
        name="digitalSkills"
        id="la-digital-skills"
        rows={4}
        label={t("fields.digitalSkills")}
        hint={t("form.digitalSkillsHint")}
        defaultValue={v("digitalSkills")}
        errors={errors.digitalSkills}
        max={LA_LIMITS.longText}
        required
      />
      <CountedTextArea
        name="learningOutcomes"
        id="la-outcomes"
        rows={4}
        label={t("fields.learningOutcomes")}
        hint={t("form.learningOutcomesHint")}
        defaultValue={v("learningOutcomes")}
        errors={errors.learningOutcomes}
        max={LA_LIMITS.longText}
      />
      <CountedTextArea
        name="monitoringPlan"
        id="la-monitoring"
        rows={3}
        label={t("fields.monitoringPlan")}
        hint={t("form.monitoringHint")}
        defaultValue={v("monitoringPlan")}
        errors={errors.monitoringPlan}
        max={LA_LIMITS.shortText}
      />
      <CountedTextArea
        name="evaluationPlan"
        id="la-evaluation"
        rows={3}
        label={t("fields.evaluationPlan")}
        hint={t("form.evaluationHint")}
        defaultValue={v("evaluationPlan")}
        errors={errors.evaluationPlan}
        max={LA_LIMITS.shortText}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          name="workingLanguage"
          id="la-language"
          label={t("fields.workingLanguageOnly")}
          defaultValue={v("workingLanguage")}
          errors={errors.workingLanguage}
        >
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="workingLanguageLevel"
          id="la-level"
          label={t("fields.workingLanguageLevel")}
          defaultValue={v("workingLanguageLevel")}
          errors={errors.workingLanguageLevel}
        >
          {CEFR_LEVEL_CODES.map((level) => (
            <option key={level} value={level}>
              {te(`cefr.${level}`)}
            </option>
          ))}
        </SelectField>
        <CountedTextField
          name="mentorName"
          id="la-mentor-name"
          label={t("fields.mentorName")}
          defaultValue={v("mentorName")}
          errors={errors.mentorName}
          max={LA_LIMITS.name}
          autoComplete="off"
        />
        <TextField
          name="mentorEmail"
          id="la-mentor-email"
          type="email"
          label={t("fields.mentorEmail")}
          defaultValue={v("mentorEmail")}
          errors={errors.mentorEmail}
          maxLength={LA_LIMITS.email}
          autoComplete="off"
        />
      </div>
      <Button type="submit" disabled={pending}>
        {t("tableA.save")}
      </Button>
    </form>
  );
}
