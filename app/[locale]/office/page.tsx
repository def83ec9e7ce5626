import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getOfficeDashboard } from "@/lib/server/services/dashboards";
import { OfficeDashboard } from "@/components/office/office-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("office"))("title") };
}

export default async function OfficePage() {
  const user = await requirePermission("view:office-area:own", "/office");
  return <OfficeDashboard user={user} data={await getOfficeDashboard(user)} />;
}
