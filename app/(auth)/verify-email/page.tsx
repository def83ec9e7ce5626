import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SingleActionForm } from "@/components/account/single-action-form";
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
        <div role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
          <p className="mb-2">{t(`token.${state}`)}</p>
          <p>{t("verifyResendHint")}</p>
          <Link href="/sign-in" className="font-semibold underline">
            {t("signInLink")}
          </Link>
        </div>
      )}
    </div>
  );
}
