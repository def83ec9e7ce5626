import "server-only";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Job } from "@/generated/prisma/client";
import { afterFailure } from "@/lib/jobs/retry";
import { prisma } from "../db";
import { errorFields, log } from "../log";
import { runJobHandler } from "./handlers";
import { ensureRetentionScheduled } from "./queue";

// A worker polls the Job table, claims due jobs with a lease and runs them. Claims are
// compare-and-set updates (status and attempts as read), so two workers — in two instances, or a
// web instance and `npm run worker` — never run the same attempt. A worker killed mid-job leaves
// the job RUNNING with a lease that expires; then any worker takes it again (at-least-once: a mail
// the SMTP server accepted just before the kill can be sent twice; its Message-ID, the job's id,
// lets receiving servers drop the copy).

export const LEASE_MS = 2 * 60_000;

export type RunOptions = { workerId?: string; limit?: number; now?: () => Date };

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Claims up to `limit` due jobs: pending ones whose time has come, and running ones whose lease expired. */
export async function claimDueJobs(workerId: string, limit: number, now: Date): Promise<Job[]> {
  const candidates = await prisma.job.findMany({
    where: {
      OR: [
        { status: "PENDING", runAt: { lte: now } },
        { status: "RUNNING", lockedUntil: { lt: now } },
      ],
    },
    orderBy: { runAt: "asc" },
    take: limit,
    select: { id: true, status: true, attempts: true },
  });
  const claimed: string[] = [];
  for (const job of candidates) {
    const { count } = await prisma.job.updateMany({
      where: { id: job.id, status: job.status, attempts: job.attempts },
      data: { status: "RUNNING", lockedBy: workerId, lockedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
    });
    if (count === 1) claimed.push(job.id);
  }
  if (claimed.length === 0) return [];
  return prisma.job.findMany({ where: { id: { in: claimed }, lockedBy: workerId }, orderBy: { runAt: "asc" } });
}

async function finish(job: Job, workerId: string, now: Date, error?: unknown): Promise<void> {
  const mine = { id: job.id, status: "RUNNING" as const, lockedBy: workerId };
  if (error === undefined) {
    // A delivered mail keeps only its subject: the address, the text and any link with a token
    // in it need not outlive the delivery.
    const payload = job.kind === "mail" ? { subject: (job.payload as { subject?: string }).subject ?? "" } : undefined;
    await prisma.job.updateMany({
      where: mine,
      data: { status: "DONE", finishedAt: now, lockedUntil: null, lastError: null, ...(payload ? { payload } : {}) },
    });
    return;
  }
  const outcome = afterFailure(job.attempts, job.maxAttempts, now);
  const lastError = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
  await prisma.job.updateMany({
    where: mine,
    data:
      outcome.status === "FAILED"
        ? { status: "FAILED", finishedAt: now, lockedUntil: null, lastError }
        : { status: "PENDING", runAt: outcome.runAt, lockedUntil: null, lastError },
  });
  log(outcome.status === "FAILED" ? "error" : "warn", "job.failed", {
    jobId: job.id,
    kind: job.kind,
    attempt: job.attempts,
    gaveUp: outcome.status === "FAILED",
    ...errorFields(error),
  });
}

/** Claims and runs the jobs due now, one after the other; returns how many it ran. */
export async function runDueJobs({ workerId = newWorkerId(), limit = 20, now = () => new Date() }: RunOptions = {}): Promise<number> {
  const jobs = await claimDueJobs(workerId, limit, now());
  for (const job of jobs) {
    if (job.attempts > job.maxAttempts) {
      await finish(job, workerId, now(), new Error("the worker running the last attempt stopped"));
      continue;
    }
    try {
      await runJobHandler(job);
      await finish(job, workerId, now());
    } catch (error) {
      await finish(job, workerId, now(), error);
    }
  }
  return jobs.length;
}

/** Runs due jobs until none is left (tests, `npm run worker -- --drain`). */
export async function drainJobs(options: RunOptions = {}): Promise<number> {
  let total = 0;
  for (let ran = await runDueJobs(options); ran > 0; ran = await runDueJobs(options)) total += ran;
  return total;
}

export const KEEP_FINISHED_DAYS = 14;

/** Done jobs are removed after two weeks (failed ones stay until retried or removed by hand). */
export async function pruneFinishedJobs(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - KEEP_FINISHED_DAYS * 86_400_000);
  const { count } = await prisma.job.deleteMany({ where: { status: "DONE", finishedAt: { lt: before } } });
  return count;
}

export type WorkerHandle = { stop(): Promise<void> };

/** The polling loop of `npm run worker` and of the worker inside `next start`. */
export function startWorker({ pollMs = 1000, limit = 20 }: { pollMs?: number; limit?: number } = {}): WorkerHandle {
  const workerId = newWorkerId();
  let stopped = false;
  let wake: (() => void) | undefined;
  let prunedAt = 0;
  const loop = (async () => {
    log("info", "worker.started", { workerId, pollMs });
    await ensureRetentionScheduled(prisma).catch((error: unknown) => log("error", "worker.schedule-failed", { workerId, ...errorFields(error) }));
    while (!stopped) {
      let ran = 0;
      try {
        ran = await runDueJobs({ workerId, limit });
        if (Date.now() - prunedAt > 3_600_000) {
          prunedAt = Date.now();
          await pruneFinishedJobs();
        }
      } catch (error) {
        log("error", "worker.poll-failed", { workerId, ...errorFields(error) });
      }
      if (ran === 0 && !stopped) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, pollMs)));
    }
    log("info", "worker.stopped", { workerId });
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
