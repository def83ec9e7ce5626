import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function ChangePasswordPage() {
  const user = await requirePermission("manage:account:own", "/account/password");
  const t = await getTranslations("account");
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title={t("title")} lead={t("lead", { email: user.email })} />
      <ChangePasswordForm />
    </div>
  );
}
