import "server-only";
import { isThreadOpen, threadAccess, type ThreadSide } from "@/lib/domain/application-messages";
import type { MessageInput } from "@/lib/validation/application-message";
import { prisma, type Tx } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError, ForbiddenError, NotFoundError } from "../../errors";
import { queueMail, queueMails } from "../../jobs/queue";
import { applicationMessageMail } from "../../mail/application-message-mail";
import { assertWithinLimit, ThrottledError } from "../../security/throttle";
import type { FormState } from "@/lib/forms/form-state";
import { revalidateLocalised } from "../../revalidate-localised";
import { applicationScope } from "../cv-access";

// The thread between an offer's host and an applicant, one per application. Who takes part comes
// from the user the server loaded, never from the request: the application must lie in the user's
// own scope (lib/server/services/cv-access.ts), and the role decides reading or writing
// (lib/domain/application-messages.ts). Any other application id is "not found".

type Member = Pick<CurrentUser, "id" | "name" | "role" | "hostOrganisationId" | "institutionId">;

const MAX_ID = 64;

async function threadApplication(user: Member, applicationId: string) {
  const access = threadAccess(user.role);
  const scope = applicationScope(user);
  if (!access || !scope || !applicationId || applicationId.length > MAX_ID) throw new NotFoundError();
  const application = await prisma.application.findFirst({
    where: { AND: [{ id: applicationId }, scope] },
    select: {
      id: true,
      status: true,
      offer: { select: { title: true, hostId: true, host: { select: { legalName: true } } } },
      participant: { select: { user: { select: { name: true, email: true, locale: true, deletedAt: true } } } },
    },
  });
  if (!application) throw new NotFoundError();
  return { application, access };
}

export type ThreadMessage = {
  id: string;
  side: ThreadSide;
  body: string;
  createdAt: Date;
  /** When the other side first opened the thread after it was written. */
  readAt: Date | null;
  authorName: string;
  /** Written by the user who reads the thread. */
  mine: boolean;
};

export type Thread = {
  applicationId: string;
  /** The reader's side; null for the international office, which only reads. */
  side: ThreadSide | null;
  /** False once the application is withdrawn or rejected: the thread can be read, not continued. */
  open: boolean;
  canWrite: boolean;
  hostName: string;
  applicantName: string;
  messages: ThreadMessage[];
};

/**
 * The thread of one application, oldest message first. Opening it as the host or the applicant
 * marks what the other side wrote as read; the office's reading marks nothing.
 */
export async function getThread(user: Member, applicationId: string, now: Date = new Date()): Promise<Thread> {
  const { application, access } = await threadApplication(user, applicationId);
  if (access.side) {
    await prisma.applicationMessage.updateMany({ where: { applicationId: application.id, side: { not: access.side }, readAt: null }, data: { readAt: now } });
  }
  const rows = await prisma.applicationMessage.findMany({
    where: { applicationId: application.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, side: true, body: true, createdAt: true, readAt: true, authorId: true, author: { select: { name: true } } },
  });
  const open = isThreadOpen(application.status);
  return {
    applicationId: application.id,
    side: access.side,
    open,
    canWrite: access.canWrite && open,
    hostName: application.offer.host.legalName,
    applicantName: application.participant.user.name,
    messages: rows.map((m) => ({
      id: m.id,
      side: m.side,
      body: m.body,
      createdAt: m.createdAt,
      readAt: m.readAt,
      authorName: m.author.name,
      mine: m.authorId === user.id,
    })),
  };
}

/**
 * Adds a message as the host or the applicant, audited with its length (not its words), then mails
 * the other side a link to the thread. The office cannot write; a closed thread takes nothing more;
 * each author may send 30 messages an hour (every message sends mail).
 */
export async function postMessage(user: Member, input: MessageInput, now: Date = new Date()) {
  const { application, access } = await threadApplication(user, input.applicationId);
  if (!access.canWrite) throw new ForbiddenError();
  if (!isThreadOpen(application.status)) throw new ExpectedError("applicationMessages.errors.closed", { status: 409 });
  await assertWithinLimit("application-message", user.id).catch((error: unknown) => {
    throw error instanceof ThrottledError ? new ExpectedError("applicationMessages.errors.tooMany", { field: "body", status: 429 }) : error;
  });
  const message = await prisma.$transaction(async (tx) => {
    const created = await tx.applicationMessage.create({
      data: { applicationId: application.id, authorId: user.id, side: access.side, body: input.body, createdAt: now },
    });
    await audit(tx, {
      actorId: user.id,
      verb: "application.message",
      entityType: "Application",
      entityId: application.id,
      after: { messageId: created.id, side: access.side, length: input.body.length },
    });
    await notifyOtherSide(tx, application, access.side, user);
    return created;
  });
  return message;
}

/** The message form's handler on the host's and the applicant's pages: send, then refresh the writer's page. */
export async function sendMessageFromForm(user: Member, input: MessageInput, page: string): Promise<FormState> {
  await postMessage(user, input);
  revalidateLocalised(page);
  return { ok: true, message: "applicationMessages.sent" };
}

/** Mail to the other side, queued with the message (lib/server/jobs/queue.ts). */
async function notifyOtherSide(tx: Tx, application: Awaited<ReturnType<typeof threadApplication>>["application"], side: ThreadSide, author: Member) {
  const offerTitle = application.offer.title;
  if (side === "HOST") {
    const applicant = application.participant.user;
    if (applicant.deletedAt) return;
    await queueMail(
      tx,
      applicationMessageMail({ to: applicant, from: application.offer.host.legalName, offerTitle, threadPath: `/student/applications/${application.id}` }),
    );
    return;
  }
  const hostUsers = await tx.user.findMany({
    where: { hostOrganisationId: application.offer.hostId, role: "COMPANY", deletedAt: null },
    select: { email: true, name: true, locale: true },
  });
  await queueMails(
    tx,
    hostUsers.map((to) => applicationMessageMail({ to, from: author.name, offerTitle, threadPath: `/company/applications/${application.id}` })),
  );
}
