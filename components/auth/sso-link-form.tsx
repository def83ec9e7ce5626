"use client";
import { Link } from "@/i18n/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useFormActionState } from "@/components/forms/form-texts";
import { confirmSsoLinkAction } from "@/app/[locale]/(auth)/sign-in/link/actions";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

/** The account's password confirms, once, that the institutional login may sign into it. */
export function SsoLinkForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("sso.link");
  const [state, formAction, pending] = useFormActionState(confirmSsoLinkAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};

  // Linked: sign in through the provider again (its session is still open, so no new login).
  useEffect(() => {
    if (state?.ok) void signIn("oidc", { callbackUrl: "/sign-in" });
  }, [state]);

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <form action={formAction} noValidate>
        <FormMessage message={state?.message} tone={state?.ok ? "success" : "error"} />
        <input type="hidden" name="token" value={token} />
        {/* For password managers: the account the password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField name="password" type="password" autoComplete="current-password" label={t("password")} errors={errors.password} required />
        <Button type="submit" disabled={pending || state?.ok} className="w-full">
          {pending ? t("linking") : t("submit")}
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        {t("notYou")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
