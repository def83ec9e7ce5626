import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignInForm } from "@/components/auth/sign-in-form";
import { env } from "@/lib/server/env";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "auth" }))("signInTitle"), alternates: localeAlternates(locale, "/sign-in") };
}

// Static and cached: ?callbackUrl= and ?error= are read by the form on the client, and a visitor
// who is signed in already is sent on from there (components/auth/use-signed-in-redirect.ts).
export default async function SignInPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  const ssoName = env.oidcEnabled ? env.OIDC_NAME : null;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("signInTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("signInLead")}</p>
      <ClientMessages namespaces={["auth", "throttle", "validation", "sso.errors"]}>
        <SignInForm ssoName={ssoName} />
      </ClientMessages>
    </div>
  );
}
