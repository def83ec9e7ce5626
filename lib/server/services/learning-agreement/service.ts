import "server-only";
import { dateFromIso, isoDate } from "@/lib/domain/dates";
import type { LearningAgreement, Prisma } from "@/generated/prisma/client";
import {
  type LaCertificate,
  type LaChange,
  type LaParty,
  type LaSignatures,
  type LaTable,
  certificateOpen,
  decideEdit,
  draftLearningAgreement,
  editableTables,
  effectivePeriod,
  effectiveProgramme,
  isChangeAgreed,
  isFullySigned,
  missingForSignature,
  mobilityHasStarted,
  partyOf,
} from "@/lib/domain/learning-agreement";
import { storedCertificateSchema, storedChangesSchema } from "@/lib/validation/learning-agreement";
import { prisma, type Tx, type Db } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { NotFoundError } from "../../errors";
import { readDotCheck } from "../offer-page";

function confirmedCategories(value: Prisma.JsonValue | null): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * The placement's Learning Agreement, created on first call as a draft pre-filled from the offer
 * and its DOT check (lib/domain/learning-agreement/draft.ts); later calls return the existing one.
 * Runs in the caller's transaction: the approval creates it together with the mobility record.
 * The placement's status is not checked here, so the caller may set APPROVED before or after.
 */
export async function createLearningAgreement(tx: Tx, placementId: string, actorId: string | null = null): Promise<LearningAgreement> {
  const existing = await tx.learningAgreement.findUnique({ where: { placementId } });
  if (existing) return existing;
  const placement = await tx.placement.findUnique({
    where: { id: placementId },
    include: {
      application: {
        include: {
          offer: {
            include: {
              languages: { orderBy: { language: "asc" } },
              host: { include: { users: { where: { role: "COMPANY", deletedAt: null }, orderBy: { createdAt: "asc" }, take: 1 } } },
            },
          },
        },
      },
    },
  });
  if (!placement) throw new NotFoundError();
  const offer = placement.application.offer;
  const contact = offer.host.users[0];
  const draft = draftLearningAgreement({
    start: isoDate(placement.startDate),
    end: isoDate(placement.endDate),
    offer: { title: offer.title, tasks: offer.tasks, language: offer.language, languages: offer.languages },
    classification: readDotCheck(offer.dotCheck, offer.tasks),
    confirmed: { categories: confirmedCategories(placement.overrideCategories), justification: placement.overrideJustification },
    mentor: contact ? { name: contact.name, email: contact.email } : null,
  });
  const created = await tx.learningAgreement.create({
    data: { ...draft, placementId, plannedStart: dateFromIso(draft.plannedStart), plannedEnd: dateFromIso(draft.plannedEnd) },
  });
  await audit(tx, {
    actorId,
    verb: "learning-agreement.create",
    entityType: "LearningAgreement",
    entityId: created.id,
    after: { placementId, version: created.version },
  });
  return created;
}

const PLACEMENT_INCLUDE = {
  institution: {
    include: { officers: { where: { role: "OFFICE", deletedAt: null }, orderBy: { createdAt: "asc" }, take: 1, select: { name: true, email: true } } },
  },
  application: {
    include: {
      participant: { include: { user: { select: { id: true, name: true, email: true, locale: true } } } },
      offer: {
        include: {
          host: {
            include: {
              users: {
                where: { role: "COMPANY", deletedAt: null },
                orderBy: { createdAt: "asc" },
                select: { id: true, name: true, email: true, locale: true },
              },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.PlacementInclude;

/**
 * The APPROVED placement and its agreement, with the viewer's party. Anyone who is not one of the
 * three parties, and any placement that is not approved, gets "not found": the agreement's
 * existence is nobody else's business. An approved placement from before agreements existed gets
 * its draft now.
 */
export async function loadForParty(db: Db, user: CurrentUser, placementId: string) {
  const placement = await db.placement.findUnique({ where: { id: placementId }, include: PLACEMENT_INCLUDE });
  if (!placement || placement.status !== "APPROVED") throw new NotFoundError();
  const party = partyOf(user, {
    traineeUserId: placement.application.participant.userId,
    institutionId: placement.institutionId,
    hostId: placement.application.offer.hostId,
  });
  if (!party) throw new NotFoundError();
  const la =
    (await db.learningAgreement.findUnique({ where: { placementId } })) ??
    ("$transaction" in db
      ? await db.$transaction((tx) => createLearningAgreement(tx, placementId, null))
      : await createLearningAgreement(db, placementId, null));
  return { placement, la, party };
}

export function signaturesOf(la: LearningAgreement): LaSignatures {
  const stamp = (signerId: string | null, signedAt: Date | null) => (signerId && signedAt ? { signerId, signedAt } : null);
  return {
    trainee: stamp(la.traineeSignerId, la.traineeSignedAt),
    office: stamp(la.officeSignerId, la.officeSignedAt),
    host: stamp(la.hostSignerId, la.hostSignedAt),
  };
}

/** The columns that hold each party's signature. */
export const SIGNATURE_COLUMNS = {
  trainee: { signer: "traineeSignerId", at: "traineeSignedAt" },
  office: { signer: "officeSignerId", at: "officeSignedAt" },
  host: { signer: "hostSignerId", at: "hostSignedAt" },
} as const satisfies Record<LaParty, { signer: keyof LearningAgreement; at: keyof LearningAgreement }>;

export function changesOf(la: LearningAgreement): LaChange[] {
  const parsed = storedChangesSchema.safeParse(la.changes ?? []);
  return parsed.success ? parsed.data : [];
}

export function certificateOf(la: LearningAgreement): LaCertificate | null {
  const parsed = storedCertificateSchema.safeParse(la.certificate);
  return parsed.success ? parsed.data : null;
}

/** Everything the agreement page and its printable view show, for one of the three parties. */
export async function getLearningAgreementView(user: CurrentUser, placementId: string, today: Date = new Date()) {
  const { placement, la, party } = await loadForParty(prisma, user, placementId);
  const changes = changesOf(la);
  const certificate = certificateOf(la);
  const signatures = signaturesOf(la);
  const fullySigned = isFullySigned(signatures);
  const todayIso = isoDate(today);
  const plannedStart = isoDate(la.plannedStart);
  const period = effectivePeriod(plannedStart, isoDate(la.plannedEnd), changes);
  // Whether a table may be saved now is decided by the same rule the save runs (signing.ts).
  const tablesOpen = editableTables(party).filter(
    (table: LaTable) =>
      decideEdit({
        party,
        table,
        seenVersion: la.version,
        state: { version: la.version, signatures },
        current: {},
        proposed: {},
        today: todayIso,
        plannedStart,
      }).ok,
  );
  const signerIds = [
    ...Object.values(signatures).flatMap((s) => (s ? [s.signerId] : [])),
    ...changes.flatMap((c) => Object.values(c.signatures).map((s) => s.signerId)),
  ];
  const signers = await prisma.user.findMany({ where: { id: { in: [...new Set(signerIds)] } }, select: { id: true, name: true } });
  const missing = missingForSignature(la);
  const pendingChange = changes.find((c) => !isChangeAgreed(c)) ?? null;
  const changesOpen = fullySigned && todayIso >= period.start && todayIso <= period.end;
  return {
    party,
    placement,
    la,
    changes,
    pendingChange,
    certificate,
    signatures,
    fullySigned,
    missing,
    /** This party has not signed and nothing the signature needs is missing. */
    canSign: !signatures[party] && missing.length === 0,
    /** A change waits for this party's signature. */
    canSignChange: pendingChange !== null && !pendingChange.signatures[party],
    /** A change may be proposed: the period is running and no other change is pending. */
    canProposeChange: changesOpen && !pendingChange,
    tablesOpen,
    locked: fullySigned && mobilityHasStarted(todayIso, plannedStart),
    period,
    programmeInForce: effectiveProgramme(la.programme, changes),
    changesOpen,
    certificateOpen: certificateOpen(party, fullySigned, period.start, todayIso),
    signerNames: Object.fromEntries(signers.map((s) => [s.id, s.name])) as Record<string, string>,
    today: todayIso,
  };
}

export type LearningAgreementView = Awaited<ReturnType<typeof getLearningAgreementView>>;
