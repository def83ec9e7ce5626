import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/auth/register-form";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("registerTitle") };
}

export default async function RegisterPage({ searchParams }: { searchParams: Promise<{ as?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(ROLE_HOME[user.role]);
  const { as } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-lg">
      <h1 className="mb-2 text-2xl font-bold">{t("registerTitle")}</h1>
      <p className="mb-6 text-slate-700">{t("registerLead")}</p>
      <ClientMessages namespaces={["auth", "passwordStrength"]}>
        <RegisterForm defaultAccountType={as === "company" ? "COMPANY" : "STUDENT"} />
      </ClientMessages>
    </div>
  );
}
