"use client";
import { useTranslations } from "next-intl";
import { proposeChangeAction, signChangeAction } from "@/app/[locale]/placements/[id]/learning-agreement/actions";
import { LA_LIMITS } from "@/lib/forms/limits";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LaHidden } from "./la-hidden";
import { useLaForm } from "./use-la-form";
import { CountedTextArea } from "@/components/forms/counted-field";

/** A2: propose a change during the mobility (the proposer signs it with the proposal). */
/** `currentEnd`: the planned end, already written in the reader's language. */
export function ProposeChangeForm({ placementId, currentEnd }: { placementId: string; currentEnd: string }) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending, errors, value, key } = useLaForm(proposeChangeAction);
  return (
    <form key={key} action={formAction} noValidate aria-label={t("changes.propose")} className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <h3 className="mb-3 font-semibold text-slate-900">{t("changes.propose")}</h3>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <LaHidden placementId={placementId} />
      <CountedTextArea
        name="description"
        id="change-description"
        rows={3}
        label={t("changes.description")}
        hint={t("changes.descriptionHint")}
        defaultValue={value("description", "")}
        errors={errors.description}
        max={LA_LIMITS.shortText}
        required
      />
      <TextField
        name="newEnd"
        id="change-new-end"
        type="date"
        label={t("changes.newEndLabel")}
        hint={t("changes.newEndHint", { end: currentEnd })}
        defaultValue={value("newEnd", "")}
        errors={errors.newEnd}
      />
      <CountedTextArea
        name="programme"
        id="change-programme"
        rows={4}
        label={t("changes.programmeLabel")}
        hint={t("changes.programmeHint")}
        defaultValue={value("programme", "")}
        errors={errors.programme}
        max={LA_LIMITS.programme}
      />
      <Button type="submit" disabled={pending}>
        {t("changes.proposeButton")}
      </Button>
    </form>
  );
}

/** A2: the current party's signature on the pending change. */
export function SignChangeForm({ placementId, number }: { placementId: string; number: number }) {
  const t = useTranslations("learningAgreement");
  const { state, formAction, pending } = useLaForm(signChangeAction);
  return (
    <form action={formAction} className="rounded-md bg-brand-50 p-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <LaHidden placementId={placementId} />
      <input type="hidden" name="number" value={number} />
      <Button type="submit" disabled={pending}>
        {t("changes.signButton", { number })}
      </Button>
    </form>
  );
}
