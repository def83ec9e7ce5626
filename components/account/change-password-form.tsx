"use client";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { changePasswordAction } from "@/app/[locale]/account/password/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordField } from "@/components/auth/new-password-field";

export function ChangePasswordForm() {
  const t = useTranslations("account");
  const [state, formAction, pending] = useFormActionState(changePasswordAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
      <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("currentPassword")} errors={errors.currentPassword} required />
      <NewPasswordField name="newPassword" label={t("newPassword")} errors={errors.newPassword} confirmErrors={errors.confirmPassword} />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}
