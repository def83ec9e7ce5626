import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { addMonthsMinusOneDay, formatIsoDate, hostSeesApplicantEmail, parseIsoDate } from "@/lib/domain";
import { requirePermission } from "@/lib/server/auth/session";
import { getApplicationForHost } from "@/lib/server/services/applications";
import { getThread } from "@/lib/server/services/application-messages";
import { ApplicationThread } from "@/components/messages/application-thread";
import { sendMessageAction } from "./actions";
import { orNotFound } from "@/lib/server/not-found";
import { ApplicationDecision } from "@/components/company/application-decision";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applicants"))("applicationTitle") };
}

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("decide:application:own", `/company/applications/${id}`);
  const a = await orNotFound(getApplicationForHost(user, id));
  const thread = await getThread(user, a.id);
  const t = await getTranslations("applicants");
  const te = await getTranslations("enums");
  const tla = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const p = a.participant;
  const start = a.offer.earliestStart.toISOString().slice(0, 10);
  const startDate = parseIsoDate(start);
  const defaultEnd = startDate ? formatIsoDate(addMonthsMinusOneDay(startDate, a.offer.durationMinMonths)) : "";
  return (
    <div className="space-y-6">
      <PageHeader
        title={p.user.name}
        lead={
          <>
            {t("appliedFor")}{" "}
            <Link href={`/company/offers/${a.offerId}/applicants`} className="font-medium text-brand-800 underline">
              {a.offer.title}
            </Link>{" "}
            <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("profile")}>
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">{t("institution")}</dt>
              <dd className="font-medium">
                {p.institution.name} ({p.institution.erasmusCode})
              </dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">{t("email")}</dt>
              {/* The address only after shortlisting: before that the host writes through the portal. */}
              {hostSeesApplicantEmail(a.status) ? (
                <dd className="font-medium">
                  <a href={`mailto:${p.user.email}`} className="break-all text-brand-800 underline">
                    {p.user.email}
                  </a>
                </dd>
              ) : (
                <dd className="text-slate-700">{t("emailHidden")}</dd>
              )}
            </div>
            <div>
              <dt className="text-slate-600">{t("category")}</dt>
              <dd className="font-medium">{te(`participantCategory.${p.category}`)}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("field")}</dt>
              <dd className="font-medium">
                ISCED-F {p.fieldOfEducation} · EQF {p.eqfLevel}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600">{t("languages")}</dt>
              <dd className="font-medium">{p.languages.map((l) => `${l.language.toUpperCase()} ${te(`cefr.${l.level}`)}`).join(", ") || "—"}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-slate-600">{t("skills")}</dt>
              <dd className="whitespace-pre-line font-medium">{p.skills || "—"}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t("motivation")}>
          <p className="whitespace-pre-line text-sm text-slate-800">{a.motivation}</p>
          <p className="mt-3 text-sm text-slate-600">{t("appliedOn", { date: format.dateTime(a.createdAt, { dateStyle: "long" }) })}</p>
          {a.reason && <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm">{t("reasonGiven", { reason: a.reason })}</p>}
          <p className="mt-3 text-sm">
            {a.cvFile ? (
              <a href={`/cv/applications/${a.id}`} className="font-medium text-brand-800 underline" download>
                {t("downloadCv", { name: a.cvFileName ?? "cv.pdf" })}
              </a>
            ) : (
              <span className="text-slate-600">{t("noCv")}</span>
            )}
          </p>
        </Card>
      </div>
      {a.placement ? (
        <Card title={t("placement")}>
          <p className="text-sm">
            <Badge tone={statusTone(a.placement.status)}>{te(`placementStatus.${a.placement.status}`)}</Badge>{" "}
            {a.placement.action} {a.placement.callYear} · {format.dateTime(a.placement.startDate, { dateStyle: "medium" })} – {format.dateTime(a.placement.endDate, { dateStyle: "medium" })}
          </p>
          {a.placement.status === "APPROVED" && (
            <p className="mt-3 text-sm">
              <Link href={`/placements/${a.placement.id}/learning-agreement`} className="font-medium text-brand-800 underline">
                {tla("link.open")}
              </Link>{" "}
              <span className="text-slate-700">{tla("link.hint")}</span>
            </p>
          )}
        </Card>
      ) : (
        (a.status === "SUBMITTED" || a.status === "SHORTLISTED") && <ClientMessages namespaces={["applicants", "fieldCounter"]}><ApplicationDecision applicationId={a.id} status={a.status} defaultStart={start} defaultEnd={defaultEnd} /></ClientMessages>
      )}
      <ApplicationThread thread={thread} action={sendMessageAction} />
    </div>
  );
}
