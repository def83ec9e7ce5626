import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { getStudentDashboard } from "@/lib/server/services/dashboards";
import { ApplicationOfferCell } from "./application-offer-cell";
import { Badge, statusTone } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { PlacementSummary } from "./placement-summary";

type Data = Awaited<ReturnType<typeof getStudentDashboard>>;

export async function StudentDashboard({ user, data }: { user: CurrentUser; data: Data }) {
  const t = await getTranslations("student");
  const te = await getTranslations("enums");
  const tm = await getTranslations("myApplications");
  const format = await getFormatter();
  const { profile } = data;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("welcome", { name: user.name })} />
      <Card
        title={t("profileTitle")}
        actions={
          profile && (
            <Link href="/student/profile" className={buttonClass("secondary")}>
              {t("editProfile")}
            </Link>
          )
        }
      >
        {profile ? (
          <dl className="grid gap-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-600">{t("institution")}</dt>
              <dd className="font-medium">
                {profile.institution.name} ({profile.institution.erasmusCode})
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("category")}</dt>
              <dd className="font-medium">{te(`participantCategory.${profile.category}`)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("cycleMonths")}</dt>
              <dd className="font-medium">{t("cycleMonthsValue", { used: profile.previousMobilityMonths, cap: profile.oneCycleProgramme ? 24 : 12 })}</dd>
            </div>
          </dl>
        ) : (
          <EmptyState title={t("noProfileTitle")}>
            <p>{t("noProfileBody")}</p>
            <Link href="/student/profile" className={`${buttonClass("primary")} mt-4`}>
              {t("completeProfile")}
            </Link>
          </EmptyState>
        )}
      </Card>
      <section aria-labelledby="my-applications">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="my-applications" className="text-lg font-semibold">
            {t("applicationsTitle")}
          </h2>
          <Link href="/student/applications" className="text-sm font-medium text-brand-800 underline">
            {tm("dashboardLink")}
          </Link>
        </div>
        {profile?.applications.length ? (
          <Table caption={t("applicationsTitle")} head={[t("offer"), t("host"), t("status"), t("placement"), t("updated")]}>
            {profile.applications.map((a) => (
              <tr key={a.id}>
                <ApplicationOfferCell applicationId={a.id} offer={a.offer} />
                <Td>{a.offer.host.legalName}</Td>
                <Td>
                  <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
                </Td>
                <Td>
                  <PlacementSummary placement={a.placement} />
                </Td>
                <Td>{format.dateTime(a.updatedAt, { dateStyle: "medium" })}</Td>
              </tr>
            ))}
          </Table>
        ) : (
          <EmptyState title={t("noApplicationsTitle")}>{t("noApplicationsBody")}</EmptyState>
        )}
      </section>
    </div>
  );
}
