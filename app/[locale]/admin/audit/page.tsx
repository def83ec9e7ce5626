import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { auditFilterOptions, auditItemLabels, listAuditEvents } from "@/lib/server/services/audit-log";
import { AUDIT_FILTER_KEYS, RANGE_MESSAGE, auditFilterSchema } from "@/lib/validation/admin-audit";
import { parseParamsLenient, type RawParams } from "@/lib/validation/admin-params";
import { AuditLog } from "@/components/admin/audit-log";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminArea.audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("view:audit-log:any", "/admin/audit");
  const raw = await searchParams;
  const { data: filters, issues } = parseParamsLenient(auditFilterSchema, AUDIT_FILTER_KEYS, raw);
  const t = await getTranslations("adminArea.audit");
  // Reversed dates are a typing slip, not a link to explain: the form keeps both dates and says so
  // next to them, and no list is shown (dropping one date would list events nobody asked for).
  const reversed = issues.some((i) => i.message === RANGE_MESSAGE);
  const dates = reversed ? { from: String(raw.from), to: String(raw.to) } : undefined;
  const [result, options] = await Promise.all([reversed ? null : listAuditEvents(filters), auditFilterOptions()]);
  const labels = await auditItemLabels(result?.items ?? []);
  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} lead={t("lead")} />
      <AuditLog
        filters={filters}
        issues={issues.filter((i) => i.message !== RANGE_MESSAGE)}
        reversedDates={dates}
        result={result}
        labels={labels}
        options={options}
      />
    </div>
  );
}
