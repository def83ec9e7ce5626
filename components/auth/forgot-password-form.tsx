"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { forgotPasswordAction } from "@/app/[locale]/(auth)/forgot-password/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function ForgotPasswordForm() {
  const t = useTranslations("accountSecurity");
  const ta = useTranslations("auth");
  const [state, formAction, pending] = useFormActionState(forgotPasswordAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        label={ta("email")}
        errors={errors.email}
        defaultValue={state && !state.ok ? state.values?.email : undefined}
        required
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("sending") : t("forgotSubmit")}
      </Button>
    </form>
  );
}
