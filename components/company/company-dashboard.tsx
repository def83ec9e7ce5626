import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { getCompanyDashboard } from "@/lib/server/services/dashboards";
import { Badge, statusTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";

type Data = Awaited<ReturnType<typeof getCompanyDashboard>>;

export async function CompanyDashboard({ user, data, deleted }: { user: CurrentUser; data: Data; deleted?: boolean }) {
  const t = await getTranslations("company");
  const te = await getTranslations("enums");
  const to = await getTranslations("organisation");
  const format = await getFormatter();
  const { host, offers } = data;
  const ineligible = host && (host.type === "EU_INSTITUTION" || host.type === "NATIONAL_AGENCY");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("welcome", { name: user.name })} />
      <div role="status" aria-live="polite">
        {deleted && <p className="rounded-md bg-green-50 p-3 text-sm font-medium text-green-800">{t("draftDeleted")}</p>}
      </div>
      <Card
        title={t("organisationTitle")}
        actions={
          <Link href="/company/organisation" className={buttonClass(host ? "secondary" : "primary")}>
            {host ? to("edit") : to("setUp")}
          </Link>
        }
      >
        {host ? (
          <div className="space-y-3">
            <dl className="grid gap-3 text-sm sm:grid-cols-3">
              <div>
                <dt className="text-slate-600">{t("legalName")}</dt>
                <dd className="font-medium">{host.legalName}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("type")}</dt>
                <dd className="font-medium">{te(`hostType.${host.type}`)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("location")}</dt>
                <dd className="font-medium">
                  {host.city}, <CountryName code={host.country} />
                </dd>
              </div>
            </dl>
            {host.verified ? (
              <Badge tone="success">{t("verified")}</Badge>
            ) : (
              <div className="space-y-1">
                <Badge tone="warning">{t("notVerified")}</Badge>
                <p className="max-w-prose text-sm text-slate-700" data-testid="not-verified-explanation">
                  {t("notVerifiedExplain")}
                </p>
              </div>
            )}
            {ineligible && <p className="rounded-md bg-red-50 p-3 text-sm font-medium text-red-800">{t("ineligibleHost")}</p>}
          </div>
        ) : (
          <EmptyState title={t("noOrganisationTitle")}>{t("noOrganisationBody")}</EmptyState>
        )}
      </Card>
      <section aria-labelledby="my-offers">
        <div className="mb-3 flex items-center justify-between gap-3">
          <h2 id="my-offers" className="text-lg font-semibold">
            {t("offersTitle")}
          </h2>
          {host && (
            <Link href="/company/offers/new" className={buttonClass()}>
              {t("newOffer")}
            </Link>
          )}
        </div>
        {offers.length ? (
          <Table caption={t("offersTitle")} head={[t("offer"), t("status"), t("dot"), t("applicants"), t("deadline")]}>
            {offers.map((o) => {
              const total = Object.values(o.applicationCounts).reduce((a, b) => a + b, 0);
              return (
                <tr key={o.id}>
                  <Td>
                    <Link href={`/company/offers/${o.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {o.title}
                    </Link>
                    <span className="block text-slate-600">
                      {o.city}, <CountryName code={o.country} />
                    </span>
                  </Td>
                  <Td>
                    <Badge tone={statusTone(o.status)}>{te(`offerStatus.${o.status}`)}</Badge>
                  </Td>
                  <Td>{o.dotQualifies ? <Badge tone="success">{t("dotYes")}</Badge> : <Badge tone="danger">{t("dotNo")}</Badge>}</Td>
                  <Td>
                    {total === 0 ? (
                      <span className="text-slate-600">{t("noApplicants")}</span>
                    ) : (
                      <Link href={`/company/offers/${o.id}/applicants`} className="text-brand-800 underline-offset-2 hover:underline">
                        {t("applicantsSummary", {
                          total,
                          submitted: o.applicationCounts.SUBMITTED ?? 0,
                          shortlisted: o.applicationCounts.SHORTLISTED ?? 0,
                          accepted: o.applicationCounts.ACCEPTED ?? 0,
                        })}
                      </Link>
                    )}
                  </Td>
                  <Td>{format.dateTime(o.applicationDeadline, { dateStyle: "medium" })}</Td>
                </tr>
              );
            })}
          </Table>
        ) : (
          <EmptyState title={t("noOffersTitle")}>{t("noOffersBody")}</EmptyState>
        )}
      </section>
    </div>
  );
}
