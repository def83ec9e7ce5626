import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { SingleActionForm } from "@/components/account/single-action-form";
import { MyDataSection, DeleteAccountSection } from "@/components/account/my-data-section";
import { latestExport } from "@/lib/server/services/data-export";
import { pendingDeletion } from "@/lib/server/services/account-erasure";
import { signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accountSecurity"))("accountTitle") };
}

export default async function AccountPage() {
  const user = await requirePermission("manage:account:own", "/account");
  const [t, latest, deletion] = await Promise.all([getTranslations("accountSecurity"), latestExport(user.id), pendingDeletion(user.id)]);
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <PageHeader title={t("accountTitle")} lead={t("accountLead", { email: user.email })} />
      <section aria-labelledby="password-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="password-heading" className="mb-2 text-lg font-semibold">
          {t("passwordHeading")}
        </h2>
        <Link href="/account/password" className="font-semibold text-brand-700 underline">
          {t("changePasswordLink")}
        </Link>
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">
          {t("sessionsHeading")}
        </h2>
        <p className="mb-4 text-slate-700">{t("sessionsText")}</p>
        <SingleActionForm
          action={signOutEverywhereAction}
          label={t("signOutEverywhere")}
          pendingLabel={t("signingOut")}
          variant="danger"
          confirm={{ question: t("signOutEverywhereConfirm"), yes: t("signOutEverywhereYes"), no: t("cancel") }}
        />
      </section>
      <MyDataSection latest={latest} />
      <DeleteAccountSection eraseAfter={deletion?.eraseAfter ?? null} />
    </div>
  );
}
