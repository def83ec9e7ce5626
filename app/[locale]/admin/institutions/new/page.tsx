import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { BackLink } from "@/components/admin/back-link";
import { InstitutionForm } from "@/components/admin/institution-form";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.institution"))("newTitle") };
}

export default async function NewInstitutionPage() {
  await requirePermission("manage:institution:any", "/admin/institutions/new");
  const t = await getTranslations("adminArea.institution");
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin/institutions">{t("back")}</BackLink>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <ClientMessages namespaces={["adminArea.institution", "enums.sendingType", "fieldCounter"]} names={["region"]}>
        <InstitutionForm />
      </ClientMessages>
    </div>
  );
}
