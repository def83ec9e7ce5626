import "server-only";
import { isoDate } from "@/lib/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import { type LaTable, TABLE_FIELDS, decideEdit, decideSignature, isFullySigned, missingForSignature } from "@/lib/domain/learning-agreement";
import type { SignInput, TableAInput, TableBInput, TableCInput } from "@/lib/validation/learning-agreement";
import { prisma } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError } from "../../errors";
import { SIGNATURE_COLUMNS, loadForParty, signaturesOf } from "./service";
import { notifySignature } from "./notify";

const staleVersion = () => new ExpectedError("learningAgreement.errors.stale-version", { status: 409 });

export type TableInput = { A: TableAInput; B: TableBInput; C: TableCInput };

/**
 * Saves one table of the agreement for a party allowed to edit it (lib/domain/learning-agreement).
 * A real change makes a new version and voids every signature given so far (noted in
 * signaturesVoidedAt, so the page can say so); saving the same values changes nothing.
 */
export async function editLearningAgreementTable<T extends LaTable>(user: CurrentUser, table: T, input: TableInput[T], today: Date = new Date()) {
  return prisma.$transaction(async (tx) => {
    const { la, party } = await loadForParty(tx, user, input.placementId);
    const fields: readonly string[] = TABLE_FIELDS[table];
    const current = Object.fromEntries(fields.map((f) => [f, la[f as keyof typeof la] as string | number | boolean | null]));
    const proposed = Object.fromEntries(fields.map((f) => [f, input[f as keyof typeof input] as string | number | boolean | null]));
    const signatures = signaturesOf(la);
    const decision = decideEdit({
      party,
      table,
      seenVersion: input.version,
      state: { version: la.version, signatures },
      current,
      proposed,
      today: isoDate(today),
      plannedStart: isoDate(la.plannedStart),
    });
    if (!decision.ok) throw new ExpectedError(`learningAgreement.errors.${decision.reason}`, { status: decision.reason === "not-your-table" ? 403 : 409 });
    if (decision.changedFields.length === 0) return { changed: false, voided: false };

    const changed = Object.fromEntries(decision.changedFields.map((f) => [f, proposed[f]]));
    const voiding = decision.voidsSignatures
      ? {
          traineeSignerId: null,
          traineeSignedAt: null,
          officeSignerId: null,
          officeSignedAt: null,
          hostSignerId: null,
          hostSignedAt: null,
          signaturesVoidedAt: today,
        }
      : {};
    // Guarded by the version read: an edit saved in between makes this one stale, not lost.
    const { count } = await tx.learningAgreement.updateMany({
      where: { id: la.id, version: la.version },
      data: { ...changed, ...voiding, version: decision.nextVersion } as Prisma.LearningAgreementUpdateManyMutationInput,
    });
    if (count === 0) throw staleVersion();
    const before = Object.fromEntries(decision.changedFields.map((f) => [f, current[f] ?? null]));
    await audit(tx, {
      actorId: user.id,
      verb: "learning-agreement.edit",
      entityType: "LearningAgreement",
      entityId: la.id,
      before: { version: la.version, table, ...before },
      after: { version: decision.nextVersion, table, ...changed },
    });
    if (decision.voidsSignatures) {
      const voided = Object.fromEntries(
        Object.entries(signatures).flatMap(([p, s]) => (s ? [[p, { signerId: s.signerId, signedAt: s.signedAt.toISOString() }]] : [])),
      );
      await audit(tx, {
        actorId: user.id,
        verb: "learning-agreement.void",
        entityType: "LearningAgreement",
        entityId: la.id,
        before: { version: la.version, signatures: voided },
        after: { version: decision.nextVersion, reason: `table ${table} edited by ${party}` },
      });
    }
    return { changed: true, voided: decision.voidsSignatures };
  });
}

/**
 * The signed-in party signs the version it read. Stale versions and incomplete agreements are
 * refused; a second signature is a no-op (no audit, no mail). The trainee and the host's users are
 * told by mail (queued with the signature).
 */
export async function signLearningAgreement(user: CurrentUser, input: SignInput, now: Date = new Date()) {
  const outcome = await prisma.$transaction(async (tx) => {
    const { la, party } = await loadForParty(tx, user, input.placementId);
    const decision = decideSignature({ version: la.version, signatures: signaturesOf(la) }, party, input.version, missingForSignature(la));
    if (!decision.ok) throw decision.reason === "stale-version" ? staleVersion() : new ExpectedError("learningAgreement.errors.incomplete", { status: 409 });
    if (decision.alreadySigned) return null;
    const columns = SIGNATURE_COLUMNS[party];
    const { count } = await tx.learningAgreement.updateMany({
      where: { id: la.id, version: input.version, [columns.signer]: null } as Prisma.LearningAgreementWhereInput,
      data: { [columns.signer]: user.id, [columns.at]: now } as Prisma.LearningAgreementUpdateManyMutationInput,
    });
    const after = await tx.learningAgreement.findUniqueOrThrow({ where: { id: la.id } });
    if (count === 0) {
      // Someone edited meanwhile (stale), or this party's other request signed first (done).
      if (after.version !== input.version) throw staleVersion();
      return null;
    }
    const signatures = signaturesOf(after);
    const fullySigned = isFullySigned(signatures);
    await audit(tx, {
      actorId: user.id,
      verb: "learning-agreement.sign",
      entityType: "LearningAgreement",
      entityId: la.id,
      after: { party, version: input.version, fullySigned },
    });
    const signedCount = Object.values(signatures).filter(Boolean).length;
    const outcome = { party, event: { kind: "agreement" as const, version: input.version, signedCount, fullySigned } };
    await notifySignature(tx, input.placementId, { signer: user.name, ...outcome });
    return outcome;
  });
  return outcome;
}
