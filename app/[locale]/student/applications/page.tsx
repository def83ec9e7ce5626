import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { listMyApplications } from "@/lib/server/services/application/student";
import { PlacementSummary } from "@/components/student/placement-summary";
import { ApplicationOfferCell } from "@/components/student/application-offer-cell";
import { Badge, statusTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myApplications"))("title") };
}

export default async function MyApplicationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePermission("view:student-area:own", "/student/applications");
  const { page } = await searchParams;
  const data = await listMyApplications(user, Number(page ?? 1));
  const t = await getTranslations("myApplications");
  const te = await getTranslations("enums");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {!data.hasProfile ? (
        <EmptyState title={t("noProfileTitle")}>
          <p>{t("noProfileBody")}</p>
          <Link href="/student/profile" className={`${buttonClass()} mt-3`}>
            {t("completeProfile")}
          </Link>
        </EmptyState>
      ) : data.items.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
          <Link href="/offers" className={`${buttonClass()} mt-3`}>
            {t("findOffers")}
          </Link>
        </EmptyState>
      ) : (
        <>
          <Table caption={t("title")} head={[t("offer"), t("host"), t("dates"), t("status"), t("placement")]}>
            {data.items.map((a) => (
              <tr key={a.id}>
                <ApplicationOfferCell applicationId={a.id} offer={a.offer} />
                <Td>{a.offer.host.legalName}</Td>
                <Td>
                  <span className="block">{t("appliedOn", { date: date(a.createdAt) })}</span>
                  <span className="block text-slate-600">{t("window", { start: date(a.offer.earliestStart), end: date(a.offer.latestEnd) })}</span>
                </Td>
                <Td>
                  <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
                </Td>
                <Td>
                  <PlacementSummary placement={a.placement} />
                </Td>
              </tr>
            ))}
          </Table>
          {data.pageCount > 1 && (
            <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
              {data.page > 1 ? (
                <Link href={`/student/applications?page=${data.page - 1}`} className={buttonClass("secondary")}>
                  {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-700">{t("pageOf", { page: data.page, count: data.pageCount })}</span>
              {data.page < data.pageCount ? (
                <Link href={`/student/applications?page=${data.page + 1}`} className={buttonClass("secondary")}>
                  {t("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
