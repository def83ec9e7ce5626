import { isoDate } from "@/lib/domain/dates";
import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { formatIsoDate, hostSeesApplicantEmail, parseIsoDate } from "@/lib/domain";
import { offerDurationRange, periodEnd } from "@/lib/domain/offer-terms";
import { requirePermission } from "@/lib/server/auth/session";
import { getApplicationForHost } from "@/lib/server/services/application/host";
import { getThread } from "@/lib/server/services/application/messages";
import { ApplicationThread } from "@/components/messages/application-thread";
import { sendMessageAction } from "./actions";
import { orNotFound } from "@/lib/server/not-found";
import { ApplicationDecision } from "@/components/company/application-decision";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { periodContext } from "@/lib/server/services/placement/lifecycle";
import { listEarlierProposals } from "@/lib/server/services/placement/review";
import { EarlierProposals } from "@/components/placements/earlier-proposals";
import { HostRepropose } from "@/components/placements/host-repropose";
import { ReasonStepForm } from "@/components/placements/reason-step-form";
import { releaseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applicants"))("applicationTitle") };
}

const STEPS = ["repropose", "release"] as const;

export default async function ApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}) {
  const { id } = await params;
  const requested = (await searchParams).step;
  const step = STEPS.find((s) => s === requested);
  const user = await requirePermission("decide:application:own", `/company/applications/${id}`);
  const a = await orNotFound(getApplicationForHost(user, id));
  const thread = await getThread(user, a.id);
  const t = await getTranslations("applicants");
  const te = await getTranslations("enums");
  const tla = await getTranslations("learningAgreement");
  const tl = await getTranslations("placementLifecycle");
  const format = await getFormatter();
  const p = a.participant;
  const { base, terms } = periodContext(a);
  const earlier = a.placement ? await listEarlierProposals(a.placement.id) : [];
  const start = isoDate(a.offer.earliestStart);
  const startDate = parseIsoDate(start);
  const range = offerDurationRange(a.offer);
  const defaultEnd = startDate ? formatIsoDate(periodEnd(startDate, range.min, range.unit)) : "";
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
      <div role="status" aria-live="polite" data-testid="step-done">
        {step && <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">{tl(`done.${step}`)}</p>}
      </div>
      {a.placement ? (
        <>
          <Card title={t("placement")}>
            <p className="text-sm">
              <Badge tone={statusTone(a.placement.status)}>{te(`placementStatus.${a.placement.status}`)}</Badge> {a.placement.action} {a.placement.callYear} ·{" "}
              {format.dateTime(a.placement.startDate, { dateStyle: "medium" })} – {format.dateTime(a.placement.endDate, { dateStyle: "medium" })}
            </p>
            {a.placement.status === "REJECTED" && (
              <div className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-950" data-testid="office-rejected">
                <p className="font-semibold">{tl("host.rejectedTitle")}</p>
                {a.placement.decisionReason && <p className="mt-1 whitespace-pre-line">{a.placement.decisionReason}</p>}
                <p className="mt-2">{a.status === "ACCEPTED" ? tl("host.rejectedLead", { institution: p.institution.name }) : tl("host.released")}</p>
              </div>
            )}
            {a.placement.status === "APPROVED" && (
              <p className="mt-3 text-sm">
                <Link href={`/placements/${a.placement.id}/learning-agreement`} className="font-medium text-brand-800 underline">
                  {tla("link.open")}
                </Link>{" "}
                <span className="text-slate-700">{tla("link.hint")}</span>
              </p>
            )}
          </Card>
          {a.hostSteps.includes("repropose") && (
            <ClientMessages namespaces={["placementLifecycle", "placementChecks", "enums", "activities", "fieldCounter"]}>
              <div className="grid gap-6 lg:grid-cols-2">
                <HostRepropose
                  applicationId={a.id}
                  base={base}
                  terms={terms}
                  defaultStart={isoDate(a.placement.startDate)}
                  defaultEnd={isoDate(a.placement.endDate)}
                />
                <ReasonStepForm
                  id="release"
                  action={releaseAction}
                  hidden={{ applicationId: a.id }}
                  title={tl("host.releaseTitle")}
                  hint={tl("host.releaseHint")}
                  submit={tl("host.release")}
                  confirm={tl("host.releaseConfirm")}
                />
              </div>
            </ClientMessages>
          )}
          <EarlierProposals proposals={earlier} />
        </>
      ) : (
        a.undecided && (
          <ClientMessages namespaces={["applicants", "placementLifecycle", "placementChecks", "enums", "activities", "fieldCounter"]}>
            <ApplicationDecision applicationId={a.id} status={a.status} defaultStart={start} defaultEnd={defaultEnd} base={base} terms={terms} />
          </ClientMessages>
        )
      )}
      <ApplicationThread thread={thread} action={sendMessageAction} />
    </div>
  );
}
