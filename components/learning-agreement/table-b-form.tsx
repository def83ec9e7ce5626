"use client";
import { useTranslations } from "next-intl";
import { saveTableBAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import { LA_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";
import { VoidWarning } from "./void-warning";
import { CountedTextArea } from "@/components/forms/counted-field";

export interface TableBValues {
  recognition: string;
  ects: number | null;
  transcript: boolean;
  europassMobility: boolean;
  insurance: string;
}

/** Table B, the sending institution's commitments (recognition, insurance). */
export function TableBForm({ placementId, version, values, signedCount }: { placementId: string; version: number; values: TableBValues; signedCount: number }) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending, errors, value, key } = useLaForm(saveTableBAction);
  const checked = (name: "transcript" | "europassMobility") => (state && !state.ok ? state.values?.[name] === "on" : values[name]);
  return (
    <form key={key} action={formAction} noValidate aria-label={t("tableB.edit")}>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <VoidWarning signedCount={signedCount} />
      <LaHidden placementId={placementId} version={version} />
      <CountedTextArea
        name="recognition"
        id="la-recognition"
        rows={3}
        label={t("fields.recognition")}
        hint={t("form.recognitionHint")}
        defaultValue={value("recognition", values.recognition)}
        errors={errors.recognition}
        max={LA_LIMITS.shortText}
      />
      <TextField
        name="ects"
        id="la-ects"
        type="number"
        min={0}
        max={60}
        label={t("fields.ects")}
        hint={t("form.ectsHint")}
        defaultValue={value("ects", values.ects)}
        errors={errors.ects}
      />
      <fieldset className="mb-4 space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("form.documents")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="transcript" defaultChecked={checked("transcript")} />
          {t("fields.transcript")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="europassMobility" defaultChecked={checked("europassMobility")} />
          {t("fields.europassMobility")}
        </label>
      </fieldset>
      <CountedTextArea
        name="insurance"
        id="la-insurance"
        rows={3}
        label={t("fields.insurance")}
        hint={t("form.insuranceHint")}
        defaultValue={value("insurance", values.insurance)}
        errors={errors.insurance}
        max={LA_LIMITS.shortText}
      />
      <Button type="submit" disabled={pending}>
        {t("tableB.save")}
      </Button>
    </form>
  );
}
