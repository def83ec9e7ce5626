import { isoDate } from "@/lib/domain/dates";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { OVERRIDE_JUSTIFICATION_MAX, OVERRIDE_JUSTIFICATION_MIN, REJECT_REASON_MAX } from "@/lib/domain/approval";
import { actionsOfSector, asKeyAction, isKeyAction } from "@/lib/domain/actions";
import { formatsForCategory } from "@/lib/domain/formats";
import { SECTOR_OF_CATEGORY } from "@/lib/domain/participants";
import { MAX_VIRTUAL_DESCRIPTION } from "@/lib/validation/placement-format";
import { activityTypeFor } from "@/lib/domain/mobility-record";
import type { DecisionDone } from "@/lib/validation/placement-decision";
import type { PlacementReview as ReviewData } from "@/lib/server/services/placement/review";
import { OfferDotEvidence } from "@/components/offers/offer-dot-evidence";
import { Badge, statusTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { CountryName } from "@/components/ui/country-name";
import { PageHeader } from "@/components/ui/page-header";
import { type CheckText, type DecisionSummary, PlacementDecisionPanel } from "./placement-decision-panel";
import { checkTranslator } from "./placement-check-text";
import { PlacementCheckList } from "./placement-check-list";
import { PlacementFacts } from "./placement-facts";
import { PlacementHistory } from "./placement-history";
import { PlacementRecord } from "./placement-record";
import { ClientMessages } from "@/components/i18n/client-messages";
import { cancelPlacementAction } from "@/app/[locale]/office/placements/[id]/actions";
import { EarlierProposals } from "@/components/placements/earlier-proposals";
import { ReasonStepForm } from "@/components/placements/reason-step-form";
import { PlacementFormatForm } from "./placement-format-form";

/** Everything an officer needs to decide on one screen, then the record once approved. */
export async function PlacementReview({ data, done, cancelled = false }: { data: ReviewData; done?: DecisionDone; cancelled?: boolean }) {
  const t = await getTranslations("placementReview");
  const tDone = await getTranslations("placementDecision.done");
  const tl = await getTranslations("placementLifecycle");
  const te = await getTranslations("enums");
  const tf = await getTranslations("placementFormat");
  const ta = await getTranslations("officeSettings.actions");
  const format = await getFormatter();
  const tr = await checkTranslator();
  const { placement: p, grant } = data;
  const { participant, offer } = p.application;
  const host = offer.host;
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  const euro = (cents: number) => format.number(cents / 100, { style: "currency", currency: "EUR" });
  const legalName = [participant.firstName, participant.lastName].filter(Boolean).join(" ");
  const mode = data.hardChecksPass ? (data.approvable ? "approve" : "override") : "refuse";
  const checkTexts: Record<string, CheckText> = Object.fromEntries(data.checks.map((c) => [c.id, { title: tr.title(c.id), message: tr.message(c) }]));
  const period = format.dateTimeRange(p.startDate, p.endDate, { dateStyle: "medium" });
  const duration = data.durationDays > 0 ? t("days", { count: data.durationDays }) : "—";
  // The same estimate the facts below show, computed by the review service.
  const summary: DecisionSummary = { action: `${p.action} · ${p.callYear}`, period, duration, grant: grant ? euro(grant.totalCents) : null };

  return (
    <ClientMessages namespaces={["placementReview", "activities", "fieldCounter"]}>
      <div className="space-y-6">
        <p className="text-sm">
          <Link href="/office/placements" className="font-medium text-brand-800 underline">
            {t("back")}
          </Link>
        </p>
        <PageHeader
          title={t("title", { name: participant.user.name })}
          lead={
            <>
              {t("lead", { offer: offer.title, host: host.legalName })} <Badge tone={statusTone(p.status)}>{te(`placementStatus.${p.status}`)}</Badge>
            </>
          }
        />

        <div role="status" aria-live="polite" data-testid="decision-done">
          {done && <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">{tDone(done)}</p>}
          {cancelled && <p className="rounded-md bg-green-50 p-4 text-sm font-medium text-green-900">{tl("done.cancel")}</p>}
        </div>
        {p.status === "PROPOSED" && (
          <div
            role="status"
            className={`rounded-md p-4 text-sm font-medium ${mode === "approve" ? "bg-green-50 text-green-900" : mode === "override" ? "bg-amber-50 text-amber-900" : "bg-red-50 text-red-900"}`}
          >
            {mode === "approve"
              ? t("verdictApprove")
              : mode === "override"
                ? t("verdictOverride")
                : t("verdictRefuse", { count: data.checks.filter((c) => !c.ok && c.id !== "digital-activity").length })}
            {!data.agreementNumber && (
              <p className="mt-2">
                {t("noAgreement", { action: p.action, callYear: String(p.callYear) })}{" "}
                <Link href="/office/settings" className="underline">
                  {t("openSettings")}
                </Link>
              </p>
            )}
          </div>
        )}
        {p.status === "REJECTED" && p.decisionReason && (
          <div role="status" className="rounded-md bg-red-50 p-4 text-sm text-red-900">
            <p className="font-semibold">{t("rejectedOn", { date: date(p.decidedAt) })}</p>
            <p className="mt-1 whitespace-pre-line">{p.decisionReason}</p>
            {p.application.status === "ACCEPTED" && <p className="mt-2">{t("rejectedNext")}</p>}
          </div>
        )}
        {p.status === "CANCELLED" && (
          <div role="status" className="rounded-md bg-slate-100 p-4 text-sm text-slate-900">
            {t("cancelled")} {p.decisionReason}
          </div>
        )}

        {p.mobilityRecord && <PlacementRecord record={p.mobilityRecord} placementId={p.id} />}

        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={t("participantTitle")}>
            <PlacementFacts
              rows={[
                [t("name"), participant.user.name],
                [t("legalName"), legalName || <span className="text-amber-900">{t("legalNameMissing")}</span>],
                [t("email"), participant.user.email],
                [t("category"), te(`participantCategory.${participant.category}`)],
                [t("field"), `ISCED-F ${participant.fieldOfEducation} · EQF ${participant.eqfLevel}`],
                [t("nationality"), <CountryName key="n" code={participant.nationality} />],
                [t("graduation"), date(participant.graduationDate)],
                [t("selection"), date(participant.selectedOn)],
                [t("previousMonths"), t("months", { count: participant.previousMobilityMonths })],
                [t("fewerOpportunities"), participant.fewerOpportunities ? t("yes") : t("no")],
              ]}
            />
          </Card>
          <Card title={t("hostTitle")}>
            <PlacementFacts
              rows={[
                [t("hostName"), host.legalName],
                [t("hostType"), te(`hostType.${host.type}`)],
                [
                  t("location"),
                  <span key="l">
                    {offer.city}, <CountryName code={offer.country} />
                  </span>,
                ],
                [t("size"), host.belowTwoFifty ? t("sizeSmall") : t("sizeLarge")],
                [t("sector"), host.naceSection],
                [t("picOid"), [host.pic, host.oid].filter(Boolean).join(" · ") || "—"],
                [t("verified"), host.verified ? t("yes") : t("no")],
                [t("workingLanguage"), offer.language.toUpperCase()],
              ]}
            />
          </Card>
        </div>
        <Card title={t("placementTitle")}>
          <PlacementFacts
            columns={3}
            rows={[
              [t("actionCall"), `${p.action} · ${p.callYear}`],
              [tf("format"), data.format ? te(`format.${data.format}`) : p.format],
              [t("activityType"), data.format && isKeyAction(p.action) ? activityTypeFor(asKeyAction(p.action), data.format) : "—"],
              [t("period"), period],
              [t("duration"), duration],
              [t("agreementNumber"), data.agreementNumber ?? <span className="text-amber-900">{t("agreementMissing")}</span>],
              [t("grantEstimate"), summary.grant ?? "—"],
            ]}
          />
          {grant && !p.mobilityRecord && (
            <p className="mt-3 text-sm text-slate-700">
              {grant.basis === "monthly"
                ? t("grantExplained", {
                    months: grant.fullMonths,
                    days: grant.extraDays,
                    rate: euro(grant.monthlyRateCents),
                    topUp: euro(grant.traineeshipTopUpCents + grant.fewerOpportunitiesTopUpCents),
                  })
                : grant.basis === "daily-bands"
                  ? tf("grantBands", {
                      days: grant.days,
                      rate: euro(grant.dailyRateCents),
                      secondDays: grant.secondBandDays,
                      secondRate: euro(grant.secondBandDailyCents),
                    })
                  : tf("grantDaily", { days: grant.days, rate: euro(grant.dailyRateCents) })}
            </p>
          )}
          {(p.virtualStart || p.virtualDescription) && (
            <p className="mt-3 text-sm text-slate-700">
              <span className="font-semibold">{tf("virtualTitle")}:</span>{" "}
              {p.virtualStart && p.virtualEnd ? format.dateTimeRange(p.virtualStart, p.virtualEnd, { dateStyle: "medium" }) : ""} {p.virtualDescription}
            </p>
          )}
        </Card>

        {p.status === "PROPOSED" && (
          <Card title={tf("title")}>
            <p className="mb-4 max-w-prose text-sm text-slate-700">{tf("lead")}</p>
            <ClientMessages namespaces={["placementFormat"]}>
              <PlacementFormatForm
                placementId={p.id}
                formats={formatsForCategory(participant.category).map((id) => ({ id, label: te(`format.${id}`) }))}
                actions={actionsOfSector(SECTOR_OF_CATEGORY[participant.category]).map((id) => ({ id, label: ta(id) }))}
                current={{
                  format: data.format ?? p.format,
                  action: p.action,
                  virtualStart: p.virtualStart ? isoDate(p.virtualStart) : "",
                  virtualEnd: p.virtualEnd ? isoDate(p.virtualEnd) : "",
                  virtualDescription: p.virtualDescription ?? "",
                }}
                blended={formatsForCategory(participant.category).includes("HE-SMT-SHORT")}
                maxDescription={MAX_VIRTUAL_DESCRIPTION}
              />
            </ClientMessages>
            <p className="mt-4 text-sm text-slate-600">
              {tf("settingsNote")}{" "}
              <Link href="/office/settings" className="underline">
                {t("openSettings")}
              </Link>
            </p>
          </Card>
        )}

        <PlacementCheckList checks={data.checks} evaluatedAt={data.checksEvaluatedAt} />

        <OfferDotEvidence
          tasks={offer.tasks}
          lang={offer.language}
          check={data.classification}
          declared={offer.categories.map((c) => c.category)}
          noEvidenceText={t("noEvidence")}
          title={t("tasksTitle")}
        />

        {p.status === "PROPOSED" && (
          <PlacementDecisionPanel
            placementId={p.id}
            mode={mode}
            checkTexts={checkTexts}
            failing={data.checks.filter((c) => !c.ok).map((c) => c.id)}
            summary={summary}
            limits={{ justificationMin: OVERRIDE_JUSTIFICATION_MIN, justificationMax: OVERRIDE_JUSTIFICATION_MAX, reasonMax: REJECT_REASON_MAX }}
          />
        )}

        {p.status === "APPROVED" && (
          <ClientMessages namespaces={["placementLifecycle", "fieldCounter"]}>
            <ReasonStepForm
              id="cancel"
              action={cancelPlacementAction}
              hidden={{ applicationId: p.applicationId, placementId: p.id }}
              title={tl("office.cancelTitle")}
              hint={tl("office.cancelHint")}
              submit={tl("cancel")}
              confirm={tl("cancelConfirm")}
            />
          </ClientMessages>
        )}

        <EarlierProposals proposals={data.earlierProposals} />
        <PlacementHistory entries={data.history} />
      </div>
    </ClientMessages>
  );
}
