import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { getPendingSsoLink } from "@/lib/server/auth/sso";
import { env } from "@/lib/server/env";
import { SsoLinkForm } from "@/components/auth/sso-link-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso.link"))("title") };
}

export default async function SsoLinkPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  const pending = token && token.length <= 100 ? await getPendingSsoLink(token) : null;
  const t = await getTranslations("sso.link");
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">{t("title")}</h1>
      {pending && token ? (
        <>
          <p className="mb-6 text-slate-700">{t("lead", { provider: env.OIDC_NAME, email: pending.email })}</p>
          <ClientMessages namespaces={["sso.link"]}>
            <SsoLinkForm token={token} email={pending.email} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p role="alert" className="mb-4 rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">
            {(await getTranslations())("sso.errors.linkExpired")}
          </p>
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            {t("backToSignIn")}
          </Link>
        </>
      )}
    </div>
  );
}
