"use client";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import "@/lib/forms/zod-jitless";
import { signInSchema } from "@/lib/validation/auth";
import { throttleMessage, type ThrottleMessage } from "@/lib/forms/throttle-message";
import { zodIssuesToFieldErrors } from "@/lib/forms/zod-field-errors";
import type { FieldErrors } from "@/lib/forms/form-state";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

export function SignInForm({ callbackUrl, ssoName, initialError }: { callbackUrl?: string; ssoName: string | null; initialError?: string }) {
  const t = useTranslations("auth");
  const tThrottle = useTranslations("throttle");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Why the last institutional sign-in failed (from /sign-in?error=…), until the next attempt.
  const [formError, setFormError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const [throttled, setThrottled] = useState<ThrottleMessage | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) return setFieldErrors(zodIssuesToFieldErrors(parsed.error.issues));
    setPending(true);
    setFormError(undefined);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    const refusal = throttleMessage(result?.error);
    setThrottled(refusal);
    if (refusal) return setFieldErrors({});
    if (!result || result.error) return setFieldErrors({ password: ["auth.wrongCredentials"] });
    setFieldErrors({});
    // The server decides where each role lands (/sign-in redirects a signed-in user).
    router.replace(callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in");
    router.refresh();
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={formError} />
      <form onSubmit={onSubmit} noValidate>
        <div aria-live="polite" role="alert">
          {throttled && (
            <p className="mb-4 rounded-md bg-red-50 p-3 text-sm font-medium text-red-800" data-testid="sign-in-throttled">
              {tThrottle(throttled.key.slice("throttle.".length) as never, throttled.values as never)}
            </p>
          )}
        </div>
        <TextField name="email" type="email" autoComplete="email" label={t("email")} errors={fieldErrors.email} required />
        <TextField name="password" type="password" autoComplete="current-password" label={t("password")} errors={fieldErrors.password} required />
        <Button type="submit" disabled={pending} className="w-full">
          {pending ? t("signingIn") : t("signInSubmit")}
        </Button>
      </form>
      {ssoName && (
        <button type="button" className={`${buttonClass("secondary")} mt-3 w-full`} onClick={() => signIn("oidc", { callbackUrl: callbackUrl ?? "/sign-in" })}>
          {t("ssoSignIn", { provider: ssoName })}
        </button>
      )}
      <p className="mt-4 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/register" className="font-semibold text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
      <p className="mt-2 text-sm text-slate-700">
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
    </div>
  );
}
