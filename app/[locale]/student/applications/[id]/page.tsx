import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/not-found";
import { getMyApplication } from "@/lib/server/services/application/student";
import { getThread } from "@/lib/server/services/application/messages";
import { ApplicationThread } from "@/components/messages/application-thread";
import { sendMessageAction } from "./actions";
import { OfferFact } from "@/components/offers/offer-fact";
import { durationText } from "@/components/offers/offer-terms-text";
import { ApplicationHistory } from "@/components/student/application-history";
import { ApplicationWithdraw } from "@/components/student/application-withdraw";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { listEarlierProposals } from "@/lib/server/services/placement/review";
import { EarlierProposals } from "@/components/placements/earlier-proposals";
import { ReasonStepForm } from "@/components/placements/reason-step-form";
import { cancelPlacementAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myApplications"))("detailTitle") };
}

export default async function MyApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string | string[] }>;
}) {
  const { id } = await params;
  const cancelled = (await searchParams).step === "cancel";
  const user = await requirePermission("view:student-area:own", `/student/applications/${id}`);
  // Another student's application id answers exactly like a missing one.
  const a = await orNotFound(getMyApplication(user, id));
  const thread = await getThread(user, a.id);
  const t = await getTranslations("myApplications");
  const te = await getTranslations("enums");
  const tt = await getTranslations("offerTerms");
  const tla = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const tl = await getTranslations("placementLifecycle");
  const earlier = a.placement ? await listEarlierProposals(a.placement.id) : [];
  return (
    <div className="space-y-6">
      <PageHeader
        title={a.offer.title}
        lead={
          <>
            {a.offer.host.legalName} · <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
          </>
        }
      />
      <p>
        <Link href="/student/applications" className="text-sm font-medium text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <div role="status" aria-live="polite" data-testid="step-done">
        {cancelled && <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">{tl("done.cancel")}</p>}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("offerTitle")}>
            <dl className="grid gap-3 text-sm sm:grid-cols-2">
              <OfferFact term={t("host")}>{a.offer.host.legalName}</OfferFact>
              <OfferFact term={t("where")}>
                {a.offer.city}, <CountryName code={a.offer.country} />
              </OfferFact>
              <OfferFact term={t("dates")}>{t("window", { start: date(a.offer.earliestStart), end: date(a.offer.latestEnd) })}</OfferFact>
              <OfferFact term={t("duration")}>{durationText(tt, a.offer)}</OfferFact>
            </dl>
            {a.offer.status === "PUBLISHED" ? (
              <Link href={`/offers/${a.offer.id}`} className="mt-3 inline-block text-sm font-medium text-brand-800 underline">
                {t("openOffer")}
              </Link>
            ) : (
              <p className="mt-3 text-sm text-slate-600">{t("offerNoLongerPublished")}</p>
            )}
          </Card>
          <ApplicationThread thread={thread} action={sendMessageAction} />
          <Card title={t("motivation")}>
            <p className="whitespace-pre-line text-sm text-slate-800">{a.motivation}</p>
            <p className="mt-3 text-sm text-slate-600">{t("appliedOn", { date: date(a.createdAt) })}</p>
          </Card>
          <Card title={t("cv")}>
            {a.cvFile ? (
              <a href={`/cv/applications/${a.id}`} className="text-sm font-medium text-brand-800 underline" download>
                {t("downloadCv", { fileName: a.cvFileName ?? "cv.pdf" })}
              </a>
            ) : (
              <p className="text-sm text-slate-800">{t("noCv")}</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={t("status")}>
            <p className="text-sm">
              <Badge tone={statusTone(a.status)}>{te(`applicationStatus.${a.status}`)}</Badge>
            </p>
            {a.reason && <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm">{t("reasonGiven", { reason: a.reason })}</p>}
            {a.placement && (
              <div className="mt-4 text-sm">
                <p className="font-medium text-slate-900">{t("placement")}</p>
                <p className="mt-1">
                  <Badge tone={statusTone(a.placement.status)}>{te(`placementStatus.${a.placement.status}`)}</Badge> {a.placement.action} {a.placement.callYear}{" "}
                  · {date(a.placement.startDate)} – {date(a.placement.endDate)}
                </p>
                {a.placement.status === "PROPOSED" && <p className="mt-2 text-slate-700">{tl("student.waiting")}</p>}
                {a.placement.status === "REJECTED" && a.status === "ACCEPTED" && (
                  <div className="mt-2 rounded-md bg-red-50 p-3 text-red-950" data-testid="office-rejected">
                    <p className="font-semibold">{tl("student.rejectedTitle")}</p>
                    {a.placement.decisionReason && <p className="mt-1 whitespace-pre-line">{a.placement.decisionReason}</p>}
                    <p className="mt-2">{tl("student.rejectedLead")}</p>
                  </div>
                )}
                {a.placement.decisionReason && !(a.placement.status === "REJECTED" && a.status === "ACCEPTED") && (
                  <p className="mt-2 text-slate-700">{t("reasonGiven", { reason: a.placement.decisionReason })}</p>
                )}
                {a.placement.status === "APPROVED" && (
                  <Link href={`/placements/${a.placement.id}/learning-agreement`} className="mt-3 inline-block font-medium text-brand-800 underline">
                    {tla("link.open")}
                  </Link>
                )}
              </div>
            )}
          </Card>
          <EarlierProposals proposals={earlier} />
          <ApplicationHistory entries={a.history} />
          {a.canCancel && (
            <ClientMessages namespaces={["placementLifecycle", "fieldCounter"]}>
              <ReasonStepForm
                id="cancel"
                action={cancelPlacementAction}
                hidden={{ applicationId: a.id }}
                title={tl("student.cancelTitle")}
                hint={tl("student.cancelHint")}
                submit={tl("cancel")}
                confirm={tl("cancelConfirm")}
              />
            </ClientMessages>
          )}
          {a.undecided && (
            <ClientMessages namespaces={["myApplications.withdraw", "fieldCounter"]}>
              <ApplicationWithdraw applicationId={a.id} />
            </ClientMessages>
          )}
        </div>
      </div>
    </div>
  );
}
