import "server-only";
import { prisma } from "../db";
import { audit } from "../audit";
import { ExpectedError, NotFoundError } from "../errors";
import { deleteCv } from "../files/cv";
import { enqueue, queueMail } from "../jobs/queue";
import { accountMail } from "../mail/account-mail";
import { deleteExportsOf } from "./data-export";

// "Delete my account" (GDPR Art. 17). The request starts a 14-day grace period in which the owner can
// cancel from /account; then the `account-erasure` job erases the personal data. Mobility records
// and Learning Agreements stay as they are: they are the grant agreement's records (docs/domain.md
// §5 lists what a record holds), which the sending institution must keep. The account row stays
// too, pseudonymised, so those records and the audit trail still point at something.

export const DELETION_GRACE_MS = 14 * 24 * 60 * 60 * 1000;
/** What erased free texts (motivations, message bodies) are replaced with. */
export const ERASED_TEXT = "[erased]";
const ERASED_NAME = { STUDENT: "Former participant", OTHER: "Former user" } as const;
/** A unique address that can never receive mail (RFC 2606 reserves .invalid). */
export const erasedEmail = (userId: string) => `erased-${userId}@erased.invalid`;

export async function pendingDeletion(userId: string) {
  return prisma.accountDeletion.findUnique({ where: { userId } });
}

/** The confirmed request: the address typed again must be the account's own. */
export async function requestAccountDeletion(userId: string, typedEmail: string, now: Date = new Date()): Promise<Date> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, locale: true } });
  if (typedEmail.trim().toLowerCase() !== user.email.toLowerCase()) throw new ExpectedError("myData.delete.emailMismatch", { field: "confirmEmail" });
  const eraseAfter = new Date(now.getTime() + DELETION_GRACE_MS);
  await prisma.$transaction(async (tx) => {
    const existing = await tx.accountDeletion.findUnique({ where: { userId } });
    if (existing) throw new ExpectedError("myData.delete.alreadyScheduled", { status: 409 });
    await tx.accountDeletion.create({ data: { userId, requestedAt: now, eraseAfter } });
    await enqueue(tx, "account-erasure", { userId }, eraseAfter);
    await queueMail(tx, accountMail("deletionScheduled", user, "/account#delete-account"));
    await audit(tx, { actorId: userId, verb: "user.deletion.request", entityType: "User", entityId: userId, after: { eraseAfter: eraseAfter.toISOString() } });
  });
  return eraseAfter;
}

/** Cancels within the grace period; the queued job then finds no request and does nothing. */
export async function cancelAccountDeletion(userId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.accountDeletion.deleteMany({ where: { userId } });
    if (count > 0) await audit(tx, { actorId: userId, verb: "user.deletion.cancel", entityType: "User", entityId: userId });
  });
}

/**
 * The `account-erasure` job: erases when a request is still there and its grace period has ended
 * (a cancelled and re-made request has a later date and its own job). Safe to run twice: the
 * files go first (deleting an absent file is no error), the rows in one transaction after.
 */
export async function runAccountErasure(userId: string, now: Date = new Date()): Promise<void> {
  const request = await prisma.accountDeletion.findUnique({ where: { userId } });
  if (!request || request.eraseAfter > now) return;
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      role: true,
      participant: {
        select: {
          id: true,
          cvFile: true,
          applications: {
            select: {
              id: true,
              cvFile: true,
              placement: { select: { mobilityRecord: { select: { id: true } }, learningAgreement: { select: { id: true } } } },
            },
          },
        },
      },
    },
  });
  const profile = user.participant;
  const applications = profile?.applications ?? [];
  const cvFiles = [...new Set([profile?.cvFile, ...applications.map((a) => a.cvFile)].filter((n): n is string => !!n))];
  for (const name of cvFiles) {
    // A name that is no stored CV's (a tampered row) has no file to remove either.
    await deleteCv(name).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
    });
  }
  const exports = await deleteExportsOf(userId);
  const applicationIds = applications.map((a) => a.id);

  await prisma.$transaction(async (tx) => {
    const messages = await tx.applicationMessage.updateMany({
      where: { OR: [{ authorId: userId }, { applicationId: { in: applicationIds } }] },
      data: { body: ERASED_TEXT },
    });
    if (profile) {
      await tx.participantLanguage.deleteMany({ where: { participantId: profile.id } });
      await tx.participantProfile.update({
        where: { id: profile.id },
        data: {
          firstName: null,
          lastName: null,
          birthDate: null,
          nationality: "",
          gender: null,
          graduationDate: null,
          skills: "",
          cvFile: null,
          cvFileName: null,
        },
      });
      await tx.application.updateMany({ where: { participantId: profile.id }, data: { motivation: ERASED_TEXT, cvFile: null, cvFileName: null } });
    }
    await Promise.all([
      tx.savedOffer.deleteMany({ where: { userId } }),
      tx.savedSearch.deleteMany({ where: { userId } }),
      tx.externalIdentity.deleteMany({ where: { userId } }),
      tx.authToken.deleteMany({ where: { userId } }),
    ]);
    await tx.user.update({
      where: { id: userId },
      data: {
        name: user.role === "STUDENT" ? ERASED_NAME.STUDENT : ERASED_NAME.OTHER,
        email: erasedEmail(userId),
        passwordHash: null,
        emailVerifiedAt: null,
        mustChangePassword: false,
        deletedAt: now,
        sessionVersion: { increment: 1 },
      },
    });
    await tx.accountDeletion.delete({ where: { userId } });
    // Counts and ids only: the audit trail must not keep what was erased.
    await audit(tx, {
      actorId: null,
      verb: "user.erase",
      entityType: "User",
      entityId: userId,
      after: {
        applications: applicationIds.length,
        cvFiles: cvFiles.length,
        messages: messages.count,
        dataExports: exports,
        mobilityRecordsKept: applications.flatMap((a) => a.placement?.mobilityRecord?.id ?? []),
        learningAgreementsKept: applications.flatMap((a) => a.placement?.learningAgreement?.id ?? []),
      },
    });
  });
}
