import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ADMIN_PAGE_SIZE } from "@/lib/validation/admin-params";
import { JOB_STATUSES, type JobListParams, type JobStatusFilter } from "@/lib/validation/admin-jobs";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { prisma } from "../db";
import { NotFoundError } from "../errors";

// The queue as the administrator sees it (permission manage:jobs:any): how many jobs are in each
// state, the jobs themselves, and a retry for those that used up their attempts.

export async function jobCounts(): Promise<Record<JobStatusFilter, number>> {
  const rows = await prisma.job.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatusFilter, number>;
  for (const row of rows) counts[row.status] = row._count._all;
  return counts;
}

export async function listJobs(params: JobListParams) {
  const where: Prisma.JobWhereInput = params.status ? { status: params.status } : { status: { not: "DONE" } };
  const total = await prisma.job.count({ where });
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  // Failed first (they wait for someone), then what runs next.
  const items = await prisma.job.findMany({
    where,
    orderBy: params.status === "DONE" ? [{ finishedAt: "desc" }, { id: "desc" }] : [{ status: "asc" }, { runAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      status: true,
      attempts: true,
      maxAttempts: true,
      runAt: true,
      lastError: true,
      createdAt: true,
      finishedAt: true,
      payload: true,
    },
  });
  // Only a mail's subject is shown: the list is no place for addresses or message text.
  return {
    items: items.map(({ payload, ...job }) => ({ ...job, subject: job.kind === "mail" ? ((payload as { subject?: string } | null)?.subject ?? null) : null })),
    total,
    page,
    pages,
  };
}

const RETRY = { status: "PENDING" as const, attempts: 0, lastError: null, finishedAt: null, lockedBy: null, lockedUntil: null };

/** Gives a failed job a fresh set of attempts, now. Retrying a job that is no longer failed changes nothing. */
export async function retryJob(actor: CurrentUser, jobId: string, now: Date = new Date()): Promise<{ retried: boolean }> {
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId }, select: { status: true, kind: true, attempts: true } });
    if (!job) throw new NotFoundError();
    const { count } = await tx.job.updateMany({ where: { id: jobId, status: "FAILED" }, data: { ...RETRY, runAt: now } });
    if (count === 0) return { retried: false };
    await audit(tx, {
      actorId: actor.id,
      verb: "job.retry",
      entityType: "Job",
      entityId: jobId,
      before: { status: "FAILED", attempts: job.attempts },
      after: { status: "PENDING", kind: job.kind },
    });
    return { retried: true };
  });
}

/** After an outage has been fixed: every failed job gets a fresh set of attempts. */
export async function retryAllFailedJobs(actor: CurrentUser, now: Date = new Date()): Promise<{ retried: number }> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.job.updateMany({ where: { status: "FAILED" }, data: { ...RETRY, runAt: now } });
    if (count > 0) await audit(tx, { actorId: actor.id, verb: "job.retry-all", entityType: "Job", entityId: "*", after: { retried: count } });
    return { retried: count };
  });
}
