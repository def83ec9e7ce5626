import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { env } from "@/lib/server/env";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const user = await getCurrentUser();
  if (user) redirect(safeCallbackUrl(callbackUrl) ?? ROLE_HOME[user.role]);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("signInLead")}</p>
      <ClientMessages namespaces={["auth", "throttle", "validation", "sso.errors"]}>
        <SignInForm callbackUrl={safeCallbackUrl(callbackUrl)} ssoName={env.oidcEnabled ? env.OIDC_NAME : null} initialError={signInErrorMessage(error)} />
      </ClientMessages>
    </div>
  );
}
