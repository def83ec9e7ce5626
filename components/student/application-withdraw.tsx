"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { withdrawAction } from "@/app/[locale]/student/applications/[id]/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CountedTextArea } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

/** Withdraw while the host has not decided, after a confirmation (as the company's close-offer). */
export function ApplicationWithdraw({ applicationId }: { applicationId: string }) {
  const t = useTranslations("myApplications.withdraw");
  const [state, action, pending] = useFormActionState(withdrawAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <section aria-labelledby="withdraw-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="withdraw-title" className="mb-3 text-lg font-semibold">
        {t("title")}
      </h2>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <form
        action={action}
        noValidate
        onSubmit={(e) => {
          if (!window.confirm(t("confirm"))) e.preventDefault();
        }}
      >
        <input type="hidden" name="applicationId" value={applicationId} />
        <CountedTextArea
          name="reason"
          id="withdraw-reason"
          rows={3}
          max={TEXT_MAX.reason}
          label={t("reason")}
          hint={t("reasonHint")}
          errors={errors.reason}
          defaultValue={state && !state.ok ? state.values?.reason : undefined}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </section>
  );
}
