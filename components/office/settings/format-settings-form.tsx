"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { saveFormatSettingsAction } from "@/app/[locale]/office/settings/actions";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormatSettings } from "@/lib/domain/formats";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * The rules docs/domain.md §3a leaves unconfirmed, as the organisation's settings: the length of a
 * short-term traineeship (higher education) and the VET rules. Only the sector's fields are shown.
 */
export function FormatSettingsForm({ current, sector }: { current: FormatSettings; sector: "HE" | "VET" }) {
  const t = useTranslations("formatSettings");
  const [state, formAction, pending] = useFormActionState(saveFormatSettingsAction, initialFormState);
  const failed = state && !state.ok ? state : null;
  const value = (name: keyof FormatSettings) => failed?.values?.[name] ?? String(current[name]);
  return (
    <form key={state ? JSON.stringify(state) : "initial"} action={formAction} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      {sector === "HE" ? (
        <div className="grid max-w-xl gap-x-6 sm:grid-cols-2">
          <TextField
            type="number"
            min={1}
            max={60}
            name="shortTermMinDays"
            label={t("shortTermMinDays")}
            defaultValue={value("shortTermMinDays")}
            errors={failed?.fieldErrors.shortTermMinDays}
          />
          <TextField
            type="number"
            min={1}
            max={60}
            name="shortTermMaxDays"
            label={t("shortTermMaxDays")}
            defaultValue={value("shortTermMaxDays")}
            errors={failed?.fieldErrors.shortTermMaxDays}
          />
        </div>
      ) : (
        <div className="max-w-xl">
          <SelectField
            name="vetOutsideAssociated"
            label={t("vetOutsideAssociated")}
            defaultValue={value("vetOutsideAssociated")}
            errors={failed?.fieldErrors.vetOutsideAssociated}
          >
            <option value="false">{t("outsideNo")}</option>
            <option value="true">{t("outsideYes")}</option>
          </SelectField>
          <SelectField
            name="vetGraduateWindow"
            label={t("vetGraduateWindow")}
            defaultValue={value("vetGraduateWindow")}
            errors={failed?.fieldErrors.vetGraduateWindow}
          >
            <option value="end">{t("windowEnd")}</option>
            <option value="start">{t("windowStart")}</option>
          </SelectField>
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
