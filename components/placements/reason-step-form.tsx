"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import type { FormState } from "@/lib/forms/form-state";
import { initialFormState } from "@/lib/forms/form-state";
import { LIFECYCLE_REASON_MAX } from "@/lib/domain/placement-lifecycle";
import { Button } from "@/components/ui/button";
import { CountedTextArea } from "@/components/forms/counted-field";
import { FormMessage } from "@/components/ui/form-message";

/**
 * One irreversible lifecycle step with a reason the other parties read (release the place, cancel
 * an approved placement), confirmed in a dialog before it is sent.
 */
export function ReasonStepForm({
  id,
  action,
  hidden,
  title,
  hint,
  submit,
  confirm,
}: {
  id: string;
  action: (state: FormState, payload: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  title: string;
  hint: string;
  submit: string;
  confirm: string;
}) {
  const t = useTranslations("placementLifecycle");
  const [state, formAction, pending] = useFormActionState(action, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{hint}</p>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <form
        action={formAction}
        noValidate
        onSubmit={(e) => {
          if (!window.confirm(confirm)) e.preventDefault();
        }}
      >
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <CountedTextArea
          name="reason"
          id={`${id}-reason`}
          rows={3}
          max={LIFECYCLE_REASON_MAX}
          label={t("reason")}
          hint={t("reasonHint")}
          errors={errors.reason}
        />
        <Button type="submit" variant="danger" disabled={pending}>
          {submit}
        </Button>
      </form>
    </section>
  );
}
