import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getAdminDashboard } from "@/lib/server/services/dashboards";
import { AdminDashboard } from "@/components/admin/admin-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const user = await requirePermission("view:admin-area:any", "/admin");
  return <AdminDashboard user={user} data={await getAdminDashboard()} />;
}
