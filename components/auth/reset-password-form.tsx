"use client";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { resetPasswordAction } from "@/app/[locale]/(auth)/reset-password/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordField } from "./new-password-field";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("accountSecurity");
  const ta = useTranslations("auth");
  const [state, formAction, pending] = useFormActionState(resetPasswordAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  if (state?.ok) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <FormMessage message={state.message} tone="success" />
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {ta("signInLink")}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={state?.message} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField name="newPassword" label={t("newPassword")} errors={errors.newPassword} confirmErrors={errors.confirmPassword} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("saving") : t("resetSubmit")}
      </Button>
    </form>
  );
}
