import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CHOOSE_PASSWORD_PATH, requirePermission } from "@/lib/server/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requirePermission("manage:account:own", CHOOSE_PASSWORD_PATH);
  const t = await getTranslations("account");
  // An officer's first sign-in with the one-time password lands here, and nothing else opens.
  return (
    <div className="mx-auto max-w-lg">
      {user.mustChangePassword ? (
        <PageHeader title={t("chooseTitle")} lead={t("chooseLead", { email: user.email })} />
      ) : (
        <PageHeader title={t("title")} lead={t("lead", { email: user.email })} />
      )}
      <ClientMessages namespaces={["account", "auth", "passwordStrength"]}>
        <ChangePasswordForm />
      </ClientMessages>
    </div>
  );
}
