import "server-only";
import {
  EMPTY_RETENTION_COUNTS,
  RETENTION_DEFAULTS,
  type RetentionCounts,
  type RetentionCutoffs,
  type RetentionSettings,
  isAuthTokenDue,
  isThrottleCounterDue,
  retentionCutoffs,
} from "@/lib/domain/retention";
import { audit } from "../../audit";
import { prisma } from "../../db";
import { env } from "../../env";
import { log } from "../../log";
import { deleteExpiredExports } from "../data-export";
import { removeUnverifiedAccounts } from "./accounts";
import { removeDueCvs } from "./cvs";
import { SWEEP_BATCH, afterCursor, sweep } from "./sweep";
import type { AuditVerb } from "../../audit-verbs";

// One retention pass (the rules are in lib/domain/retention.ts). Run daily by the
// `retention` job (lib/server/jobs), or by hand with `npm run retention`. Safe to run twice or
// concurrently: every removal is a compare-and-set, so a second pass finds nothing to do.
//
// Each run is recorded as an audit event `retention.run` (no actor) with its settings and counts
// only — never a name, an address or a file: the audit log is where the administrator already
// reads who changed what, a removal of personal data belongs there, and it needs no table of its
// own. `/admin/jobs` lists the last runs from it.

export const RETENTION_RUN_VERB = "retention.run" satisfies AuditVerb;

export function retentionSettings(): RetentionSettings {
  return { ...RETENTION_DEFAULTS, cvMonths: env.RETENTION_CV_MONTHS };
}

function removeExpiredTokens(cutoffs: RetentionCutoffs): Promise<number> {
  return sweep(
    (row: { id: string; expiresAt: Date }) => row.id,
    (after) =>
      prisma.authToken.findMany({
        where: { id: afterCursor(after), expiresAt: { lte: cutoffs.tokenExpiredBy } },
        select: { id: true, expiresAt: true },
        orderBy: { id: "asc" },
        take: SWEEP_BATCH,
      }),
    (row) => isAuthTokenDue(row, cutoffs),
    async (due) => (await prisma.authToken.deleteMany({ where: { id: { in: due.map((r) => r.id) }, expiresAt: { lte: cutoffs.tokenExpiredBy } } })).count,
  );
}

function removeIdleThrottleCounters(now: Date, cutoffs: RetentionCutoffs): Promise<number> {
  const idle = { lastHitAt: { lte: cutoffs.throttleIdleSince } };
  return sweep(
    (row: { key: string; lastHitAt: Date; lockedUntil: Date | null }) => row.key,
    (after) =>
      prisma.throttleCounter.findMany({
        where: { key: afterCursor(after), ...idle },
        select: { key: true, lastHitAt: true, lockedUntil: true },
        orderBy: { key: "asc" },
        take: SWEEP_BATCH,
      }),
    (row) => isThrottleCounterDue(row, now, cutoffs),
    // A counter hit again since it was read no longer matches `idle` and stays.
    async (due) =>
      (
        await prisma.throttleCounter.deleteMany({
          where: { key: { in: due.map((r) => r.key) }, ...idle, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
        })
      ).count,
  );
}

export type RetentionRun = { startedAt: Date; finishedAt: Date; settings: RetentionSettings; counts: RetentionCounts };

/** Runs one pass at `now` and records it; returns what it removed. */
export async function runRetention(now: Date = new Date(), settings: RetentionSettings = retentionSettings()): Promise<RetentionRun> {
  const startedAt = new Date();
  const cutoffs = retentionCutoffs(now, settings);
  const cvs = await removeDueCvs(cutoffs);
  const accounts = await removeUnverifiedAccounts(cutoffs);
  const counts: RetentionCounts = {
    ...EMPTY_RETENTION_COUNTS,
    cvs: cvs.cvs,
    accounts: accounts.accounts,
    accountsKept: accounts.accountsKept,
    cvFailures: cvs.cvFailures + accounts.cvFailures,
    authTokens: await removeExpiredTokens(cutoffs),
    throttleCounters: await removeIdleThrottleCounters(now, cutoffs),
    // "My data" archives past their 7 days (lib/server/services/data-export.ts).
    dataExports: await deleteExpiredExports(now),
  };
  const finishedAt = new Date();
  await audit(prisma, {
    actorId: null,
    verb: RETENTION_RUN_VERB,
    entityType: "Retention",
    entityId: startedAt.toISOString(),
    after: { startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), settings, counts },
  });
  log(counts.cvFailures > 0 ? "warn" : "info", "retention.run", { ...counts, ms: finishedAt.getTime() - startedAt.getTime() });
  return { startedAt, finishedAt, settings, counts };
}

/** The last recorded runs, newest first, for the administrator. */
export async function recentRetentionRuns(take = 10): Promise<RetentionRun[]> {
  const events = await prisma.auditEvent.findMany({
    where: { verb: RETENTION_RUN_VERB },
    orderBy: { createdAt: "desc" },
    take,
    select: { after: true, createdAt: true },
  });
  return events.map(({ after, createdAt }) => {
    const run = (after ?? {}) as { startedAt?: string; finishedAt?: string; settings?: Partial<RetentionSettings>; counts?: Partial<RetentionCounts> };
    return {
      startedAt: run.startedAt ? new Date(run.startedAt) : createdAt,
      finishedAt: run.finishedAt ? new Date(run.finishedAt) : createdAt,
      settings: { ...RETENTION_DEFAULTS, ...run.settings },
      counts: { ...EMPTY_RETENTION_COUNTS, ...run.counts },
    };
  });
}

/** When the waiting retention job runs, or null when none is queued. */
export async function nextRetentionRun(): Promise<Date | null> {
  const job = await prisma.job.findFirst({ where: { kind: "retention", status: "PENDING" }, orderBy: { runAt: "asc" }, select: { runAt: true } });
  return job?.runAt ?? null;
}
