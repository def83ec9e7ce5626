import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { TokenProblem } from "@/components/auth/token-problem";
import { inspectToken } from "@/lib/server/services/account-security";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity"))("resetTitle") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("accountSecurity");
  // An expired or used link is explained before anyone types a new password into it.
  const state = await inspectToken(token, "password-reset");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("resetTitle")}</h1>
      {state === "valid" ? (
        <>
          <p className="mb-6 text-slate-700">{t("resetLead")}</p>
          <ClientMessages namespaces={["accountSecurity", "auth", "passwordStrength"]}>
            <ResetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <TokenProblem state={state} href="/forgot-password" linkLabel={t("requestNewLink")} />
      )}
    </div>
  );
}
