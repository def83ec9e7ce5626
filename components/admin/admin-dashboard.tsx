import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { getAdminDashboard } from "@/lib/server/services/dashboards";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Table, Td } from "@/components/ui/table";

type Data = Awaited<ReturnType<typeof getAdminDashboard>>;

export async function AdminDashboard({ user, data }: { user: CurrentUser; data: Data }) {
  const t = await getTranslations("admin");
  const ta = await getTranslations("adminArea.dashboard");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  const users = data.usersByRole as Record<string, number>;
  const offers = data.offersByStatus as Record<string, number>;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("welcome", { name: user.name })} />
      <StatGrid>
        <Stat label={t("institutions")} value={data.institutions} />
        <Stat label={t("hosts")} value={data.hosts} />
        <Stat label={t("unverifiedHosts")} value={data.unverifiedHosts} />
        <Stat label={t("publishedOffers")} value={offers.PUBLISHED ?? 0} />
      </StatGrid>
      <nav aria-label={ta("manage")}>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {(
            [
              ["/admin/institutions", "institutions", "institutionsHint"],
              ["/admin/hosts?verified=no", "hosts", "hostsHint"],
              ["/admin/audit", "audit", "auditHint"],
              ["/admin/jobs", "jobs", "jobsHint"],
            ] as const
          ).map(([href, label, hint]) => (
            <li key={href}>
              <Link href={href} className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
                <span className="font-semibold text-brand-800 underline">{ta(label)}</span>
                <span className="mt-1 block text-sm text-slate-700">{ta(hint, { count: data.unverifiedHosts })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="users-by-role">
        <h2 id="users-by-role" className="mb-3 text-lg font-semibold">
          {t("usersTitle")}
        </h2>
        <StatGrid>
          {(["STUDENT", "COMPANY", "OFFICE", "ADMIN"] as const).map((r) => (
            <Stat key={r} label={te(`role.${r}`)} value={users[r] ?? 0} />
          ))}
        </StatGrid>
      </section>
      <section aria-labelledby="recent-audit">
        <h2 id="recent-audit" className="mb-3 text-lg font-semibold">
          {t("auditTitle")}
        </h2>
        {data.recentAudit.length ? (
          <Table caption={t("auditTitle")} head={[t("when"), t("who"), t("what"), t("entity")]}>
            {data.recentAudit.map((e) => (
              <tr key={e.id}>
                <Td>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td>{e.actor?.name ?? t("system")}</Td>
                <Td>
                  <code>{e.verb}</code>
                </Td>
                <Td>
                  <Link
                    href={`/admin/audit?entityType=${encodeURIComponent(e.entityType)}&entityId=${encodeURIComponent(e.entityId)}`}
                    className="text-brand-800 underline"
                  >
                    {e.entityType} <span className="text-slate-700">{e.entityId}</span>
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState title={t("noAuditTitle")} />
        )}
        <p className="mt-3 text-sm">
          <Link href="/admin/audit" className="font-medium text-brand-800 underline">
            {ta("fullAudit")}
          </Link>
        </p>
      </section>
    </div>
  );
}
