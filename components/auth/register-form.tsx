"use client";
import { Link } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useFormActionState } from "@/components/forms/form-texts";
import { registerAction } from "@/app/[locale]/(auth)/register/actions";
import { useCallback, useState } from "react";
import { initialFormState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NewPasswordField } from "./new-password-field";
import { useSignedInRedirect } from "./use-signed-in-redirect";
import { UrlParams } from "@/components/forms/url-params";
import { CountedTextField } from "@/components/forms/counted-field";
import { TEXT_MAX } from "@/lib/forms/limits";

type AccountType = "STUDENT" | "COMPANY";

/** The page is static and cached: ?as=company (the home page's link for hosts) is read here. */
export function RegisterForm() {
  const t = useTranslations("auth");
  const [state, formAction, pending] = useFormActionState(registerAction, initialFormState);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const [accountType, setAccountType] = useState<AccountType>(values?.accountType === "COMPANY" ? "COMPANY" : "STUDENT");
  const readParams = useCallback((params: URLSearchParams) => {
    if (params.get("as") === "company") setAccountType("COMPANY");
  }, []);
  useSignedInRedirect();

  // The same answer whether the address was new or already registered (no account enumeration).
  if (state?.ok) {
    return (
      <div role="status" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 className="mb-2 text-xl font-semibold">{t("checkInboxTitle")}</h2>
        <p className="mb-4 text-slate-700">{t("checkInboxText", { email: state.data?.email ?? "" })}</p>
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </div>
    );
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <UrlParams onParams={readParams} />
      <form action={formAction} noValidate>
        <FormMessage message={state && !state.ok ? state.message : undefined} />
        <fieldset className="mb-4">
          <legend className="block text-sm font-medium text-slate-800">{t("accountType")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {(["STUDENT", "COMPANY"] as const).map((type) => (
              <label
                key={type}
                className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="accountType" value={type} checked={accountType === type} onChange={() => setAccountType(type)} className="mt-1" />
                <span>
                  <span className="block font-semibold">{t(`accountTypes.${type}.title`)}</span>
                  <span className="block text-sm text-slate-700">{t(`accountTypes.${type}.hint`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <CountedTextField
          name="name"
          max={TEXT_MAX.personName}
          autoComplete="name"
          label={t("name")}
          errors={errors.name}
          defaultValue={values?.name}
          required
        />
        <TextField name="email" type="email" autoComplete="email" label={t("email")} errors={errors.email} defaultValue={values?.email} required />
        <NewPasswordField name="password" label={t("password")} errors={errors.password} confirmErrors={errors.confirmPassword} />
        <p className="mb-4 text-sm text-slate-700">
          {t.rich("registerLegal", {
            privacy: (chunks) => (
              <Link href="/privacy" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
            terms: (chunks) => (
              <Link href="/host-terms" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("registering") : t("registerSubmit")}
        </Button>
      </form>
      <p className="mt-4 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
