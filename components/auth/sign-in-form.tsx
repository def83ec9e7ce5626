"use client";
import { Link } from "@/i18n/navigation";
import { signIn } from "next-auth/react";
import { useRouter } from "@/i18n/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import "@/lib/forms/zod-jitless";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { signInSchema } from "@/lib/validation/auth";
import { throttleMessage, type ThrottleMessage } from "@/lib/forms/throttle-message";
import { zodIssuesToFieldErrors } from "@/lib/forms/zod-field-errors";
import type { FieldErrors } from "@/lib/forms/form-state";
import { Button, buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { UrlParams } from "@/components/forms/url-params";
import { fetchSession } from "@/components/layout/session-context";
import { useSignedInRedirect } from "./use-signed-in-redirect";

/**
 * The sign-in page is static and cached: ?callbackUrl= and ?error= (an institutional sign-in that
 * failed) are read here on the client, and a visitor who is signed in already is sent on.
 */
export function SignInForm({ ssoName }: { ssoName: string | null }) {
  const t = useTranslations("auth");
  const tThrottle = useTranslations("throttle");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // Why the last institutional sign-in failed (from /sign-in?error=…), until the next attempt.
  const [formError, setFormError] = useState<string>();
  const [callbackUrl, setCallbackUrl] = useState<string>();
  const readParams = useCallback((params: URLSearchParams) => {
    setCallbackUrl(safeCallbackUrl(params.get("callbackUrl")));
    setFormError(signInErrorMessage(params.get("error") ?? undefined));
  }, []);
  const [pending, setPending] = useState(false);
  const [throttled, setThrottled] = useState<ThrottleMessage | null>(null);
  useSignedInRedirect(callbackUrl);

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
    // The server decides where each role lands (GET /api/v1/session says the role's home).
    const user = await fetchSession();
    router.replace(callbackUrl ?? user?.home ?? "/");
    router.refresh();
  }

  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <UrlParams onParams={readParams} />
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
