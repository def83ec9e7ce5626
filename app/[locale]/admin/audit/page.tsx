import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { auditFilterOptions, listAuditEvents } from "@/lib/server/services/audit-log";
import { AUDIT_FILTER_KEYS, auditFilterSchema } from "@/lib/validation/admin-audit";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { AuditLog } from "@/components/admin/audit-log";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("view:audit-log:any", "/admin/audit");
  const { data: filters, issues } = parseParamsLenient(auditFilterSchema, AUDIT_FILTER_KEYS, await searchParams);
  const t = await getTranslations("adminArea.audit");
  const [result, options] = await Promise.all([listAuditEvents(filters), auditFilterOptions()]);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditLog filters={filters} issues={issues} result={result} options={options} />
    </div>
  );
}
