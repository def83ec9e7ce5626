import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_MAX_ATTEMPTS } from "@/lib/jobs/retry";
import type { Db } from "../db";
import type { MailMessage } from "../mail/types";

// The transactional outbox (docs/decisions/0014): a service writes its job with the SAME client as the change
// that causes it (the transaction's `tx`), so the job exists exactly when the change committed.
// A worker (lib/server/jobs/worker.ts) runs it afterwards, with retries.

export type JobPayloads = {
  mail: MailMessage;
  "search-alerts": Record<string, never>;
  "data-export": { exportId: string };
  "account-erasure": { userId: string };
  retention: Record<string, never>;
};
export type JobKind = keyof JobPayloads;
export const JOB_KINDS = ["mail", "search-alerts", "data-export", "account-erasure", "retention"] as const satisfies readonly JobKind[];

export async function enqueue<K extends JobKind>(db: Db, kind: K, payload: JobPayloads[K], runAt: Date = new Date()): Promise<string> {
  const job = await db.job.create({
    data: { kind, payload: payload as Prisma.InputJsonValue, maxAttempts: DEFAULT_MAX_ATTEMPTS, runAt },
    select: { id: true },
  });
  return job.id;
}

/** Queues one mail; the worker sends it (lib/server/mail deliverMail) and retries while SMTP fails. */
export function queueMail(db: Db, message: MailMessage): Promise<string> {
  return enqueue(db, "mail", message);
}

/** Queues several mails in one statement (the recipients of one event). */
export async function queueMails(db: Db, messages: readonly MailMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await db.job.createMany({
    data: messages.map((m) => ({ kind: "mail", payload: m as Prisma.InputJsonValue, maxAttempts: DEFAULT_MAX_ATTEMPTS })),
  });
}

/**
 * Saved-search alerts after an offer is published. One pending run is enough: if one is already
 * waiting it will see this offer too. Two racing publishes may queue two; the run is idempotent.
 */
export async function queueSearchAlerts(db: Db): Promise<void> {
  const waiting = await db.job.count({ where: { kind: "search-alerts", status: "PENDING" } });
  if (waiting === 0) await enqueue(db, "search-alerts", {});
}

export const RETENTION_INTERVAL_MS = 24 * 60 * 60_000;

/**
 * The daily retention pass (lib/server/services/retention/service.ts): queued for `runAt` unless one is
 * already waiting, so there is at most one pending run. Each run queues the next one a day later;
 * the worker's start (and `npm run retention`) queue the first.
 */
export async function scheduleRetention(db: Db, runAt: Date): Promise<boolean> {
  const waiting = await db.job.count({ where: { kind: "retention", status: "PENDING" } });
  if (waiting > 0) return false;
  await enqueue(db, "retention", {}, runAt);
  return true;
}

/** At a worker's start: a first run now, unless one is waiting or running already. */
export async function ensureRetentionScheduled(db: Db, now: Date = new Date()): Promise<boolean> {
  const running = await db.job.count({ where: { kind: "retention", status: "RUNNING" } });
  return running === 0 && scheduleRetention(db, now);
}
