import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
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
