import type { Metadata } from "next";
import { localeRedirect } from "@/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { env } from "@/lib/server/env";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "auth" }))("signInTitle"), alternates: localeAlternates(locale, "/sign-in") };
}

export default async function SignInPage({ params, searchParams }: LocaleParams & { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  await pageLocale(params);
  const { callbackUrl, error } = await searchParams;
  const user = await getCurrentUser();
  if (user) await localeRedirect(safeCallbackUrl(callbackUrl) ?? ROLE_HOME[user.role]);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("signInLead")}</p>
      <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} ssoName={env.oidcEnabled ? env.OIDC_NAME : null} initialError={signInErrorMessage(error)} />
    </div>
  );
}
