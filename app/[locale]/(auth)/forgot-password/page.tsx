import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "accountSecurity" }))("forgotTitle"), alternates: localeAlternates(locale, "/forgot-password") };
}

export default async function ForgotPasswordPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("accountSecurity");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("forgotTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("forgotLead")}</p>
      <ClientMessages namespaces={["accountSecurity", "auth"]}>
        <ForgotPasswordForm />
      </ClientMessages>
    </div>
  );
}
