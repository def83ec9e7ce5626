import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getHostOrganisation } from "@/lib/server/services/host-organisations";
import { hostMayPublish } from "@/lib/server/services/offers";
import { OfferEditor } from "@/components/company/offer-editor";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("offerEditor"))("newTitle") };
}

export default async function NewOfferPage() {
  const user = await requirePermission("manage:offer:own", "/company/offers/new");
  const t = await getTranslations("offerEditor");
  const host = user.hostOrganisationId ? await getHostOrganisation(user.hostOrganisationId) : null;
  if (!host) {
    return (
      <div>
        <PageHeader title={t("newTitle")} />
        <EmptyState title={t("noOrganisation")}>
          <Link href="/company/organisation" className={buttonClass()}>
            {t("setUpOrganisation")}
          </Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div>
      <PageHeader title={t("newTitle")} lead={t("newLead")} />
      <ClientMessages namespaces={["offerEditor", "enums", "activities", "fieldCounter"]} names={["region", "language"]}>
        <OfferEditor offer={{ country: host.country, city: host.city }} canPublish={hostMayPublish(host.type)} />
      </ClientMessages>
    </div>
  );
}
