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
                  {e.entityType} <span className="text-slate-600">{e.entityId}</span>
                </Td>
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState title={t("noAuditTitle")} />
        )}
      </section>
    </div>
  );
}
