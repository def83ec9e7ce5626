import "server-only";
import { isoDate } from "@/lib/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import {
  type LaCertificate,
  type LaChange,
  certificateRefusal,
  effectivePeriod,
  isChangeAgreed,
  isFullySigned,
  proposeChange,
  signChange,
} from "@/lib/domain/learning-agreement";
import type { CertificateInput, ChangeInput, SignChangeInput } from "@/lib/validation/learning-agreement";
import { prisma } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError } from "../../errors";
import { certificateOf, changesOf, loadForParty, signaturesOf } from "./service";
import { notifySignature } from "./notify";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
const refused = (reason: string) => new ExpectedError(`learningAgreement.errors.${reason}`, { status: 409 });

/**
 * Writes the JSON columns guarded by the value read (updatedAt): two parties acting on the same
 * list at once must not overwrite each other's change; the later one is asked to retry.
 */
async function saveGuarded(tx: Prisma.TransactionClient, id: string, updatedAt: Date, data: Prisma.LearningAgreementUpdateManyMutationInput) {
  const { count } = await tx.learningAgreement.updateMany({ where: { id, updatedAt }, data });
  if (count === 0) throw refused("stale-version");
}

/** A2: one of the parties proposes a change during the mobility, signing it at once. */
export async function proposeLearningAgreementChange(user: CurrentUser, input: ChangeInput, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { la, party } = await loadForParty(tx, user, input.placementId);
    const changes = changesOf(la);
    const decision = proposeChange({
      fullySigned: isFullySigned(signaturesOf(la)),
      plannedStart: isoDate(la.plannedStart),
      plannedEnd: isoDate(la.plannedEnd),
      programme: la.programme,
      changes,
      today: isoDate(now),
      party,
      signerId: user.id,
      now: now.toISOString(),
      proposal: { description: input.description, newEnd: input.newEnd, programme: input.programme },
    });
    if (!decision.ok)
      throw new ExpectedError(`learningAgreement.errors.${decision.reason}`, {
        field: decision.reason === "duration" || decision.reason.startsWith("end-") ? "newEnd" : undefined,
        status: 409,
      });
    await saveGuarded(tx, la.id, la.updatedAt, { changes: json([...changes, decision.change]) });
    await audit(tx, {
      actorId: user.id,
      verb: "learning-agreement.change.propose",
      entityType: "LearningAgreement",
      entityId: la.id,
      after: json(decision.change),
    });
    return decision.change;
  });
}

/** A2: another party signs the pending change; the mail says whether it is now agreed. */
export async function signLearningAgreementChange(user: CurrentUser, input: SignChangeInput, now: Date = new Date()) {
  const outcome = await prisma.$transaction(async (tx) => {
    const { la, party } = await loadForParty(tx, user, input.placementId);
    const decision = signChange(changesOf(la), input.number, party, user.id, now.toISOString());
    if (!decision.ok) throw refused(decision.reason);
    if (decision.alreadySigned) return null;
    await saveGuarded(tx, la.id, la.updatedAt, { changes: json(decision.changes) });
    const signed = decision.changes.find((c) => c.number === input.number) as LaChange;
    const agreed = isChangeAgreed(signed);
    await audit(tx, {
      actorId: user.id,
      verb: "learning-agreement.change.sign",
      entityType: "LearningAgreement",
      entityId: la.id,
      after: { number: input.number, party, agreed },
    });
    const outcome = { party, event: { kind: "change" as const, number: input.number, agreed } };
    await notifySignature(tx, input.placementId, { signer: user.name, ...outcome });
    return outcome;
  });
  return outcome;
}

/** D: the host issues (or re-issues) the traineeship certificate. */
export async function issueTraineeshipCertificate(user: CurrentUser, input: CertificateInput, now: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { la, party } = await loadForParty(tx, user, input.placementId);
    const period = effectivePeriod(isoDate(la.plannedStart), isoDate(la.plannedEnd), changesOf(la));
    const refusal = certificateRefusal({
      party,
      fullySigned: isFullySigned(signaturesOf(la)),
      agreedStart: period.start,
      today: isoDate(now),
      actualStart: input.actualStart,
      actualEnd: input.actualEnd,
    });
    if (refusal) {
      const field = refusal === "end-in-future" || refusal === "end-before-start" ? "actualEnd" : refusal === "start-before-agreed" ? "actualStart" : undefined;
      throw new ExpectedError(`learningAgreement.errors.${refusal}`, { field, status: refusal === "not-host" ? 403 : 409 });
    }
    const { placementId: _placementId, ...fields } = input;
    const certificate: LaCertificate = { ...fields, signerId: user.id, issuedAt: now.toISOString() };
    const before = certificateOf(la);
    await saveGuarded(tx, la.id, la.updatedAt, { certificate: json(certificate) });
    await audit(tx, {
      actorId: user.id,
      verb: before ? "learning-agreement.certificate.reissue" : "learning-agreement.certificate.issue",
      entityType: "LearningAgreement",
      entityId: la.id,
      ...(before ? { before: json(before) } : {}),
      after: json(certificate),
    });
    return certificate;
  });
}
