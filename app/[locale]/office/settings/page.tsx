import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getOfficeSettings } from "@/lib/server/services/office-settings";
import { OfficeSettings } from "@/components/office/settings/office-settings";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officeSettings"))("title") };
}

export default async function OfficeSettingsPage({ searchParams }: { searchParams: Promise<{ action?: string; callYear?: string }> }) {
  const user = await requirePermission("manage:grant-rate:own", "/office/settings");
  const data = await getOfficeSettings(user, await searchParams);
  if (!data) {
    const t = await getTranslations("office");
    return (
      <div>
        <PageHeader title={(await getTranslations("officeSettings"))("title")} />
        <EmptyState title={t("noInstitutionTitle")}>{t("noInstitutionBody")}</EmptyState>
      </div>
    );
  }
  return <OfficeSettings data={data} />;
}
