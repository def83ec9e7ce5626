import type { Metadata } from "next";
import { localeRedirect } from "@/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { localeAlternates, pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { RegisterForm } from "@/components/auth/register-form";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(params);
  return { title: (await getTranslations({ locale, namespace: "auth" }))("registerTitle"), alternates: localeAlternates(locale, "/register") };
}

export default async function RegisterPage({ params, searchParams }: LocaleParams & { searchParams: Promise<{ as?: string }> }) {
  await pageLocale(params);
  const user = await getCurrentUser();
  if (user) await localeRedirect(ROLE_HOME[user.role]);
  const { as } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("registerLead")}</p>
      <RegisterForm defaultAccountType={as === "company" ? "COMPANY" : "STUDENT"} />
    </div>
  );
}
