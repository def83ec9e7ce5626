import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listHosts } from "@/lib/server/services/admin-hosts";
import { HOST_LIST_KEYS, hostListSchema } from "@/lib/validation/admin-hosts";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { HostList } from "@/components/admin/host-list";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.hosts"))("title") };
}

export default async function AdminHostsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("verify:host-organisation:any", "/admin/hosts");
  const { data: params, issues } = parseParamsLenient(hostListSchema, HOST_LIST_KEYS, await searchParams);
  const t = await getTranslations("adminArea.hosts");
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <HostList params={params} issues={issues} result={await listHosts(params)} />
    </div>
  );
}
