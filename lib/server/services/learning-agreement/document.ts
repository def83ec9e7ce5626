import "server-only";
import { isoDate } from "@/lib/domain/dates";
import { LA_PARTIES, isChangeAgreed } from "@/lib/domain/learning-agreement";
import { LA_DOCUMENT_VERSION, laDocumentSchema, type LaDocument } from "@/lib/validation/learning-agreement-document";
import type { CurrentUser } from "../../auth/session";
import { getLearningAgreementView, type LearningAgreementView } from "./service";

// The Learning Agreement for Traineeships as the versioned JSON document of
// lib/validation/learning-agreement-document.ts, for one of its three parties (others: not found).

type Stamp = { signerId: string; signedAt: Date | string };

function toDocument(view: LearningAgreementView): LaDocument {
  const { la, placement } = view;
  const host = placement.application.offer.host;
  const institution = placement.institution;
  const signed = (s: Stamp) => ({
    signerId: s.signerId,
    signerName: view.signerNames[s.signerId] ?? "",
    signedAt: new Date(s.signedAt).toISOString(),
  });
  return {
    schemaVersion: LA_DOCUMENT_VERSION,
    kind: "learning-agreement-traineeship",
    id: la.id,
    placementId: placement.id,
    contentVersion: la.version,
    trainee: { name: placement.application.participant.user.name, email: placement.application.participant.user.email },
    sendingInstitution: {
      name: institution.name,
      erasmusCode: institution.erasmusCode,
      pic: institution.pic,
      oid: institution.oid,
      country: institution.country,
      city: institution.city,
    },
    receivingOrganisation: {
      name: host.legalName,
      pic: host.pic,
      oid: host.oid,
      country: host.country,
      city: host.city,
      address: host.address,
      website: host.website,
      belowTwoFifty: host.belowTwoFifty,
      naceSection: host.naceSection,
    },
    tableA: {
      plannedStart: isoDate(la.plannedStart),
      plannedEnd: isoDate(la.plannedEnd),
      title: la.title,
      hoursPerWeek: la.hoursPerWeek,
      programme: la.programme,
      digitalSkills: la.digitalSkills,
      learningOutcomes: la.learningOutcomes,
      monitoringPlan: la.monitoringPlan,
      evaluationPlan: la.evaluationPlan,
      workingLanguage: la.workingLanguage,
      workingLanguageLevel: la.workingLanguageLevel,
      mentor: { name: la.mentorName, email: la.mentorEmail },
    },
    tableB: { recognition: la.recognition, ects: la.ects, transcript: la.transcript, europassMobility: la.europassMobility, insurance: la.insurance },
    tableC: { hostSupport: la.hostSupport },
    signatures: {
      trainee: view.signatures.trainee ? signed(view.signatures.trainee) : null,
      office: view.signatures.office ? signed(view.signatures.office) : null,
      host: view.signatures.host ? signed(view.signatures.host) : null,
    },
    fullySigned: view.fullySigned,
    changes: view.changes.map((c) => ({
      number: c.number,
      description: c.description,
      newEnd: c.newEnd,
      programme: c.programme,
      proposedBy: c.proposedBy,
      proposedAt: new Date(c.proposedAt).toISOString(),
      agreed: isChangeAgreed(c),
      signatures: Object.fromEntries(LA_PARTIES.flatMap((p) => (c.signatures[p] ? [[p, signed(c.signatures[p])]] : []))),
    })),
    inForce: { start: view.period.start, end: view.period.end, programme: view.programmeInForce },
    certificate: view.certificate
      ? {
          actualStart: view.certificate.actualStart,
          actualEnd: view.certificate.actualEnd,
          programmeCompleted: view.certificate.programmeCompleted,
          competences: view.certificate.competences,
          evaluation: view.certificate.evaluation,
          signerName: view.certificate.signerName,
          signerPosition: view.certificate.signerPosition,
          issuedAt: new Date(view.certificate.issuedAt).toISOString(),
        }
      : null,
  };
}

/** The agreement of an approved placement as its JSON document, checked against its own schema. */
export async function getLearningAgreementDocument(user: CurrentUser, placementId: string, today: Date = new Date()): Promise<LaDocument> {
  return laDocumentSchema.parse(toDocument(await getLearningAgreementView(user, placementId, today)));
}
