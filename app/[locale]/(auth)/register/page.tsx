import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RegisterForm } from "@/components/auth/register-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "auth" }))("registerTitle"), alternates: localeAlternates(locale, "/register") };
}

// Static and cached: ?as=company is read by the form on the client; a signed-in visitor is sent
// to their home from there (components/auth/use-signed-in-redirect.ts).
export default async function RegisterPage({ params }: LocaleParams) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("registerLead")}</p>
      <ClientMessages namespaces={["auth", "passwordStrength", "fieldCounter"]}>
        <RegisterForm />
      </ClientMessages>
    </div>
  );
}
