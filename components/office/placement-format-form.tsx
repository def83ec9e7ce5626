"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { setPlacementFormatAction } from "@/app/[locale]/office/placements/[id]/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export interface FormatChoice {
  readonly id: string;
  readonly label: string;
}

export interface PlacementFormatValues {
  readonly format: string;
  readonly action: string;
  readonly virtualStart: string;
  readonly virtualEnd: string;
  readonly virtualDescription: string;
}

/**
 * The office's choice of format and action for a waiting placement, and a blended traineeship's
 * virtual component (docs/domain.md §3a). The options are the participant's formats and their
 * sector's actions; the server checks the pair again.
 */
export function PlacementFormatForm({
  placementId,
  formats,
  actions,
  current,
  blended,
  maxDescription,
}: {
  placementId: string;
  formats: readonly FormatChoice[];
  actions: readonly FormatChoice[];
  current: PlacementFormatValues;
  /** The participant can do a blended format: show the virtual component's fields. */
  blended: boolean;
  maxDescription: number;
}) {
  const t = useTranslations("placementFormat");
  const [state, formAction, pending] = useFormActionState(setPlacementFormatAction, initialFormState);
  const failed = state && !state.ok ? state : null;
  const value = (name: keyof PlacementFormatValues) => failed?.values?.[name] ?? current[name];
  const errors = (name: string) => failed?.fieldErrors[name];
  return (
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate aria-labelledby="placement-format-title">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <input type="hidden" name="placementId" value={placementId} />
      <div className="grid gap-x-6 sm:grid-cols-2">
        <SelectField name="format" label={t("format")} hint={t("formatHint")} defaultValue={value("format")} errors={errors("format")}>
          {formats.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="action" label={t("action")} hint={t("actionHint")} defaultValue={value("action")} errors={errors("action")}>
          {actions.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </SelectField>
      </div>
      {blended && (
        <fieldset className="mt-2 rounded-md border border-slate-200 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">{t("virtualTitle")}</legend>
          <p className="mb-3 text-sm text-slate-700">{t("virtualHint")}</p>
          <div className="grid gap-x-6 sm:grid-cols-2">
            <TextField type="date" name="virtualStart" label={t("virtualStart")} defaultValue={value("virtualStart")} errors={errors("virtualStart")} />
            <TextField type="date" name="virtualEnd" label={t("virtualEnd")} defaultValue={value("virtualEnd")} errors={errors("virtualEnd")} />
          </div>
          <TextArea
            name="virtualDescription"
            label={t("virtualDescription")}
            hint={t("virtualDescriptionHint")}
            rows={3}
            maxLength={maxDescription}
            defaultValue={value("virtualDescription")}
            errors={errors("virtualDescription")}
          />
        </fieldset>
      )}
      <Button type="submit" disabled={pending} className="mt-4">
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
