import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { getStudentDashboard } from "@/lib/server/services/dashboards";
import { StudentDashboard } from "@/components/student/student-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("student"))("title") };
}

export default async function StudentPage() {
  const user = await requirePermission("view:student-area:own", "/student");
  return <StudentDashboard user={user} data={await getStudentDashboard(user)} />;
}
