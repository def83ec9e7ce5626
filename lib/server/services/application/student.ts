import "server-only";
import { startOfUtcDay } from "@/lib/domain/dates";
import { requireVerifiedEmail } from "../../auth/verified-email";
import type { ApplyInput } from "@/lib/validation/application";
import { prisma, type Tx } from "../../db";
import { isRecordMissing, isUniqueViolation } from "../../db/errors";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError, NotFoundError } from "../../errors";
import { copyCv, deleteCv, storeCv } from "../../files/cv";
import { queueMails } from "../../jobs/queue";
import { errorFields } from "../../log";
import { logInRequest } from "../../request-log";
import { newApplicationMail } from "../../mail/new-application-mail";
import { allowedEvents, isUndecided, transition } from "@/lib/domain/placement-lifecycle";
import { LIFECYCLE_INCLUDE, notifyLifecycle, stateOf } from "../placement/lifecycle";
import { PLACEMENT_SUMMARY_SELECT } from "../placement/review";

// The student's side of an application: apply once per offer, follow it,
// withdraw it while the host has not decided. Every id is checked against the signed-in user's
// own participant profile: another student's application is "not found".

async function ownProfile(user: CurrentUser) {
  return prisma.participantProfile.findUnique({ where: { userId: user.id }, select: { id: true, cvFile: true, cvFileName: true } });
}

/** The deadline is a calendar date: applying on the deadline day itself is still on time. */
export function isDeadlinePassed(deadline: Date, today: Date): boolean {
  return deadline.getTime() < startOfUtcDay(today).getTime();
}

/** The CV this application keeps: its own copy, so later profile changes cannot alter what was sent. */
async function applicationCv(profile: { cvFile: string | null; cvFileName: string | null }, input: ApplyInput) {
  if (input.cvSource === "profile") {
    if (!profile.cvFile) throw new ExpectedError("apply.errors.noProfileCv", { field: "cvSource" });
    try {
      return { storedName: await copyCv(profile.cvFile), fileName: profile.cvFileName ?? "cv.pdf" };
    } catch (error) {
      if (error instanceof NotFoundError) throw new ExpectedError("apply.errors.noProfileCv", { field: "cvSource" });
      throw error;
    }
  }
  if (!input.cv) throw new ExpectedError("apply.errors.cvRequired", { field: "cv" });
  return storeCv(input.cv);
}

/**
 * One application per offer and participant, to a published offer before its deadline. The
 * checks run first, so a refused application stores no file; the unique index settles two
 * applications racing for the same offer, and the losing one's stored CV is removed again.
 */
export async function applyToOffer(user: CurrentUser, input: ApplyInput, today: Date = new Date()) {
  requireVerifiedEmail(user);
  const profile = await ownProfile(user);
  if (!profile) throw new ExpectedError("apply.errors.noProfile");
  const offer = await prisma.offer.findFirst({
    where: { id: input.offerId, status: "PUBLISHED" },
    select: { id: true, title: true, hostId: true, applicationDeadline: true },
  });
  if (!offer) throw new NotFoundError();
  if (isDeadlinePassed(offer.applicationDeadline, today)) throw new ExpectedError("apply.errors.deadlinePassed");
  const existing = await prisma.application.findUnique({
    where: { offerId_participantId: { offerId: offer.id, participantId: profile.id } },
    select: { id: true },
  });
  if (existing) throw new ExpectedError("apply.errors.alreadyApplied", { status: 409 });

  const cv = await applicationCv(profile, input);
  let application;
  try {
    application = await prisma.$transaction(async (tx) => {
      // Re-read inside the transaction: the host may have closed the offer meanwhile.
      const stillOpen = await tx.offer.count({ where: { id: offer.id, status: "PUBLISHED" } });
      if (!stillOpen) throw new NotFoundError();
      const application = await tx.application.create({
        data: {
          offerId: offer.id,
          participantId: profile.id,
          motivation: input.motivation,
          cvFile: cv.storedName,
          cvFileName: cv.fileName,
          status: "SUBMITTED",
        },
      });
      await audit(tx, {
        actorId: user.id,
        verb: "application.submit",
        entityType: "Application",
        entityId: application.id,
        after: { status: "SUBMITTED", offerId: offer.id, cvSource: input.cvSource },
      });
      await queueNewApplicationMails(tx, offer, application.id, user.name);
      return application;
    });
  } catch (error) {
    await deleteCv(cv.storedName).catch((e: unknown) => logInRequest("warn", "apply.cv-delete-failed", errorFields(e)));
    if (isUniqueViolation(error)) throw new ExpectedError("apply.errors.alreadyApplied", { status: 409 });
    throw error;
  }
  return application;
}

/** Mail to the host's users, queued with the application (it exists exactly when they are told). */
async function queueNewApplicationMails(tx: Tx, offer: { hostId: string; title: string }, applicationId: string, applicant: string) {
  const recipients = await tx.user.findMany({
    where: { hostOrganisationId: offer.hostId, role: "COMPANY", deletedAt: null },
    select: { email: true, name: true, locale: true },
  });
  await queueMails(
    tx,
    recipients.map((to) => newApplicationMail({ to, applicant, offerTitle: offer.title, applicationId })),
  );
}

/**
 * Withdraws the student's own application while the host has not decided. Idempotent: a second
 * withdrawal changes nothing and writes no second audit event, even when both race.
 */
export async function withdrawApplication(user: CurrentUser, applicationId: string, reason?: string, today: Date = new Date()) {
  const profile = await ownProfile(user);
  if (!profile) throw new NotFoundError();
  const application = await prisma.application.findFirst({ where: { id: applicationId, participantId: profile.id } });
  if (!application) throw new NotFoundError();
  if (application.status === "WITHDRAWN") return application;
  // Undecided applications have no placement yet (lib/domain/placement-lifecycle.ts "withdraw").
  if (!transition({ application: application.status, placement: null }, "withdraw", "student").ok) throw new ExpectedError("myApplications.errors.decided");
  let withdrawn;
  try {
    withdrawn = await prisma.$transaction(async (tx) => {
      // Lost-update guard: a decision or another withdrawal in between makes this update miss.
      const updated = await tx.application.update({
        where: { id: application.id, status: application.status },
        data: { status: "WITHDRAWN", reason: reason ?? null, decidedAt: today },
      });
      await audit(tx, {
        actorId: user.id,
        verb: "application.withdraw",
        entityType: "Application",
        entityId: application.id,
        before: { status: application.status },
        after: { status: "WITHDRAWN", reason: reason ?? null },
      });
      // The host's users learn that the applicant withdrew.
      const full = await tx.application.findUniqueOrThrow({ where: { id: application.id }, include: LIFECYCLE_INCLUDE });
      await notifyLifecycle(tx, full, null, "withdrawn", ["host"], reason ?? null);
      return updated;
    });
  } catch (error) {
    if (!isRecordMissing(error)) throw error;
    const now = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    if (now.status === "WITHDRAWN") return now;
    throw new ExpectedError("myApplications.errors.decided");
  }
  return withdrawn;
}

export const MY_APPLICATIONS_PAGE_SIZE = 20;

/** The student's applications, newest first, a page at a time. */
export async function listMyApplications(user: CurrentUser, page = 1) {
  const profile = await ownProfile(user);
  if (!profile) return { hasProfile: false as const, total: 0, page: 1, pageCount: 1, items: [] };
  const where = { participantId: profile.id };
  const total = await prisma.application.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MY_APPLICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const items = await prisma.application.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (current - 1) * MY_APPLICATIONS_PAGE_SIZE,
    take: MY_APPLICATIONS_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      offer: {
        select: { id: true, title: true, city: true, country: true, earliestStart: true, latestEnd: true, status: true, host: { select: { legalName: true } } },
      },
      placement: { select: { status: true, action: true, startDate: true, endDate: true } },
    },
  });
  return { hasProfile: true as const, total, page: current, pageCount, items };
}

export type HistoryEntry = {
  readonly kind: "submitted" | "shortlisted" | "accepted" | "rejected" | "withdrawn" | "placement";
  readonly at: Date;
  /** False when the moment is reconstructed from the application's dates (no audit event): show the day only. */
  readonly exact: boolean;
  readonly reason?: string | null;
  readonly placementStatus?: string;
};

const VERB_KIND: Record<string, HistoryEntry["kind"]> = {
  "application.submit": "submitted",
  "application.shortlist": "shortlisted",
  "application.accept": "accepted",
  "application.reject": "rejected",
  "application.withdraw": "withdrawn",
  // The host released the place after the office refused the placement.
  "application.release": "rejected",
};

const STATUS_KIND: Record<string, HistoryEntry["kind"]> = {
  SHORTLISTED: "shortlisted",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
};

const afterField = (after: unknown, key: string): unknown => (after && typeof after === "object" ? (after as Record<string, unknown>)[key] : undefined);

/**
 * The application's history from its audit trail. Applications that predate the trail (imported
 * or seeded) still get their submission and current decision, from the application's own dates.
 */
export function buildHistory(
  application: { status: string; createdAt: Date; decidedAt: Date | null; updatedAt: Date; reason: string | null },
  events: readonly { verb: string; createdAt: Date; after: unknown }[],
  placement: { status: string; createdAt: Date; decidedAt: Date | null } | null,
): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  for (const e of events) {
    const kind = VERB_KIND[e.verb];
    if (kind)
      entries.push({
        kind,
        at: e.createdAt,
        exact: true,
        reason: kind === "rejected" || kind === "withdrawn" ? ((afterField(e.after, "reason") as string | null) ?? null) : undefined,
      });
  }
  if (!entries.some((e) => e.kind === "submitted")) entries.push({ kind: "submitted", at: application.createdAt, exact: false });
  const current = STATUS_KIND[application.status];
  if (current && !entries.some((e) => e.kind === current)) {
    entries.push({
      kind: current,
      at: application.decidedAt ?? application.updatedAt,
      exact: false,
      reason: current === "rejected" || current === "withdrawn" ? application.reason : undefined,
    });
  }
  if (placement) entries.push({ kind: "placement", at: placement.decidedAt ?? placement.createdAt, exact: false, placementStatus: placement.status });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * The student's own application with its offer, placement and history, and what the page may
 * offer (withdraw while undecided, cancel when the lifecycle allows it); anyone else's is "not found".
 */
export async function getMyApplication(user: CurrentUser, applicationId: string) {
  const profile = await ownProfile(user);
  if (!profile) throw new NotFoundError();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, participantId: profile.id },
    include: {
      offer: { include: { host: { select: { legalName: true, city: true, country: true } } } },
      placement: { select: { ...PLACEMENT_SUMMARY_SELECT, decisionReason: true } },
    },
  });
  if (!application) throw new NotFoundError();
  const events = await prisma.auditEvent.findMany({
    where: { entityType: "Application", entityId: application.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { verb: true, createdAt: true, after: true },
  });
  return {
    ...application,
    history: buildHistory(application, events, application.placement),
    undecided: isUndecided(application.status),
    canCancel: allowedEvents(stateOf(application), "student").includes("cancel"),
  };
}
