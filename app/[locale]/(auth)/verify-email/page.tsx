import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SingleActionForm } from "@/components/account/single-action-form";
import { TokenProblem } from "@/components/auth/token-problem";
import { inspectToken } from "@/lib/server/services/account-security";
import { verifyEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity"))("verifyTitle") };
}

// The link opens a page with a button rather than verifying on GET: mail scanners that follow
// links would otherwise use the token up.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token = "" } = await searchParams;
  const t = await getTranslations("accountSecurity");
  const state = await inspectToken(token, "email-verification");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("verifyTitle")}</h1>
      {state === "valid" ? (
        <>
          <p className="mb-6 text-slate-700">{t("verifyLead")}</p>
          <SingleActionForm action={verifyEmailAction} fields={{ token }} label={t("verifySubmit")} pendingLabel={t("saving")} />
        </>
      ) : (
        <TokenProblem state={state} href="/sign-in" linkLabel={t("signInLink")}>
          <p>{t("verifyResendHint")}</p>
        </TokenProblem>
      )}
    </div>
  );
}
