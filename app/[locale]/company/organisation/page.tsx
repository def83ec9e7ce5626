import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getHostOrganisation } from "@/lib/server/services/host-organisations";
import { OrganisationForm } from "@/components/company/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organisation"))("title") };
}

export default async function OrganisationPage() {
  const user = await requirePermission("manage:host-organisation:own", "/company/organisation");
  const host = user.hostOrganisationId ? await getHostOrganisation(user.hostOrganisationId) : null;
  const t = await getTranslations("organisation");
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <ClientMessages namespaces={["organisation", "enums", "fieldCounter"]} names={["region"]}>
        <OrganisationForm host={host} />
      </ClientMessages>
    </div>
  );
}
