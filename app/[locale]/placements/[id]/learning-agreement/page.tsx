import type { Metadata } from "next";
import { Link } from "@/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { orNotFound } from "@/lib/server/not-found";
import { getLearningAgreementView } from "@/lib/server/services/learning-agreement/service";
import { CertificateForm } from "@/components/learning-agreement/certificate-form";
import { ProposeChangeForm, SignChangeForm } from "@/components/learning-agreement/change-forms";
import { LaCertificate } from "@/components/learning-agreement/la-certificate";
import { LaChanges } from "@/components/learning-agreement/la-changes";
import { LaNotices } from "@/components/learning-agreement/la-notices";
import { LaParties } from "@/components/learning-agreement/la-parties";
import { LaSignatures } from "@/components/learning-agreement/la-signatures";
import { LaStatus } from "@/components/learning-agreement/la-status";
import { LaTableA, LaTableB, LaTableC } from "@/components/learning-agreement/la-tables";
import { SignForm } from "@/components/learning-agreement/sign-form";
import { TableAForm } from "@/components/learning-agreement/table-a-form";
import { TableBForm } from "@/components/learning-agreement/table-b-form";
import { TableCForm } from "@/components/learning-agreement/table-c-form";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("learningAgreement"))("title") };
}

export default async function LearningAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission("sign:learning-agreement:own", `/placements/${id}/learning-agreement`);
  // Not one of the three parties, or not an approved placement: exactly like a missing page.
  const view = await orNotFound(getLearningAgreementView(user, id));
  const t = await getTranslations("learningAgreement");
  const format = await getFormatter();
  const { la, placement, party } = view;
  const signedCount = Object.values(view.signatures).filter(Boolean).length;
  const open = (table: "A" | "B" | "C") => view.tablesOpen.includes(table);
  const back =
    party === "trainee"
      ? `/student/applications/${placement.applicationId}`
      : party === "host"
        ? `/company/applications/${placement.applicationId}`
        : `/office/placements/${placement.id}`;
  const pending = view.pendingChange;
  return (
    <ClientMessages namespaces={["learningAgreement", "enums", "fieldCounter"]} names={["language"]}>
      {/* The forms of the tables, the signatures and the changes. */}
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          lead={t("lead", { trainee: placement.application.participant.user.name, offer: la.title, host: placement.application.offer.host.legalName })}
          actions={
            <Link href={`/placements/${placement.id}/learning-agreement/print`} className={buttonClass("secondary")}>
              {t("print.open")}
            </Link>
          }
        />
        <p className="flex flex-wrap items-center gap-3">
          <Link href={back} className="text-sm font-medium text-brand-800 underline">
            {t("back")}
          </Link>
          <LaStatus view={view} />
          <span className="text-sm text-slate-700">{t("youAre", { party: t(`party.${party}`) })}</span>
        </p>
        <LaNotices view={view} />
        <LaSignatures view={view} signForm={view.canSign ? <SignForm placementId={placement.id} version={la.version} party={party} /> : undefined} />
        <LaParties view={view} />
        <LaTableA
          view={view}
          editor={
            open("A") && (
              <TableAForm
                placementId={placement.id}
                version={la.version}
                signedCount={signedCount}
                values={{
                  title: la.title,
                  hoursPerWeek: la.hoursPerWeek,
                  programme: la.programme,
                  digitalSkills: la.digitalSkills,
                  learningOutcomes: la.learningOutcomes,
                  monitoringPlan: la.monitoringPlan,
                  evaluationPlan: la.evaluationPlan,
                  workingLanguage: la.workingLanguage,
                  workingLanguageLevel: la.workingLanguageLevel,
                  mentorName: la.mentorName,
                  mentorEmail: la.mentorEmail,
                }}
              />
            )
          }
        />
        <LaTableB
          view={view}
          editor={
            open("B") && (
              <TableBForm
                placementId={placement.id}
                version={la.version}
                signedCount={signedCount}
                values={{
                  recognition: la.recognition,
                  ects: la.ects,
                  transcript: la.transcript,
                  europassMobility: la.europassMobility,
                  insurance: la.insurance,
                }}
              />
            )
          }
        />
        <LaTableC
          view={view}
          editor={open("C") && <TableCForm placementId={placement.id} version={la.version} hostSupport={la.hostSupport} signedCount={signedCount} />}
        />
        <LaChanges
          view={view}
          signForm={pending && view.canSignChange ? <SignChangeForm placementId={placement.id} number={pending.number} /> : undefined}
          proposeForm={
            view.canProposeChange ? (
              <ProposeChangeForm
                placementId={placement.id}
                currentEnd={format.dateTime(new Date(`${view.period.end}T00:00:00.000Z`), { dateStyle: "long", timeZone: "UTC" })}
              />
            ) : undefined
          }
        />
        <LaCertificate
          view={view}
          form={
            view.certificateOpen ? (
              <CertificateForm
                placementId={placement.id}
                reissue={view.certificate !== null}
                defaults={
                  view.certificate ?? {
                    actualStart: view.period.start,
                    actualEnd: view.period.end < view.today ? view.period.end : view.today,
                    programmeCompleted: view.programmeInForce,
                    competences: "",
                    evaluation: "",
                    signerName: la.mentorName || user.name,
                    signerPosition: "",
                  }
                }
              />
            ) : undefined
          }
        />
        <p className="text-xs text-slate-600">{t("footnote", { created: format.dateTime(la.createdAt, { dateStyle: "long" }) })}</p>
      </div>
    </ClientMessages>
  );
}
