"use client";
import { useTranslations } from "next-intl";
import { saveTableCAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import { LA_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";
import { VoidWarning } from "./void-warning";
import { CountedTextArea } from "@/components/forms/counted-field";

/** Table C, the receiving organisation's support to the trainee. */
export function TableCForm({
  placementId,
  version,
  hostSupport,
  signedCount,
}: {
  placementId: string;
  version: number;
  hostSupport: string;
  signedCount: number;
}) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending, errors, value, key } = useLaForm(saveTableCAction);
  return (
    <form key={key} action={formAction} noValidate aria-label={t("tableC.edit")}>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <VoidWarning signedCount={signedCount} />
      <LaHidden placementId={placementId} version={version} />
      <CountedTextArea
        name="hostSupport"
        id="la-host-support"
        rows={4}
        label={t("fields.hostSupport")}
        hint={t("form.hostSupportHint")}
        defaultValue={value("hostSupport", hostSupport)}
        errors={errors.hostSupport}
        max={LA_LIMITS.shortText}
      />
      <Button type="submit" disabled={pending}>
        {t("tableC.save")}
      </Button>
    </form>
  );
}
