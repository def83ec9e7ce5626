import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getCompanyDashboard } from "@/lib/server/services/dashboards";
import { CompanyDashboard } from "@/components/company/company-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("title") };
}

export default async function CompanyPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  const user = await requirePermission("view:company-area:own", "/company");
  const { deleted } = await searchParams;
  return <CompanyDashboard user={user} data={await getCompanyDashboard(user)} deleted={deleted === "1"} />;
}
