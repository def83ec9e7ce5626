import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { env } from "./env";
import { prisma } from "./db";

// What a load balancer asks before it sends an instance traffic (docs/deploy.md): is the
// database reachable, are all the migrations this code was built with applied to it, and are the
// jobs (mails, alerts) keeping up — a backlog over JOB_BACKLOG_LIMIT means no worker runs or
// every attempt fails.

export interface ReadinessCheck {
  readonly ok: boolean;
  readonly ms: number;
  readonly detail?: string;
}

export interface Readiness {
  readonly ready: boolean;
  readonly checks: { readonly database: ReadinessCheck; readonly migrations: ReadinessCheck; readonly jobs: ReadinessCheck };
}

/** The migrations shipped with the code: one folder each under prisma/<provider>/migrations. */
export function shippedMigrations(provider = env.DB_PROVIDER, root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function timed(check: () => Promise<string | undefined>): Promise<ReadinessCheck> {
  const started = performance.now();
  try {
    const problem = await check();
    const ms = Math.round(performance.now() - started);
    return problem ? { ok: false, ms, detail: problem } : { ok: true, ms };
  } catch (error) {
    // Never the connection string or the driver's message: the answer is public.
    return { ok: false, ms: Math.round(performance.now() - started), detail: error instanceof Error ? error.name : "error" };
  }
}

// Jobs due for longer than this count as backlog; fresher ones are work in progress.
const BACKLOG_AFTER_MS = 60_000;

export async function readiness(expected: readonly string[] = shippedMigrations(), backlogLimit = env.JOB_BACKLOG_LIMIT, now = new Date()): Promise<Readiness> {
  const database = await timed(async () => {
    await prisma.$queryRawUnsafe("SELECT 1");
    return undefined;
  });
  const migrations = database.ok
    ? await timed(async () => {
        const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        );
        const applied = new Set(rows.map((r) => r.migration_name));
        const missing = expected.filter((name) => !applied.has(name));
        return missing.length ? `${missing.length} migration(s) not applied, the first: ${missing[0]}` : undefined;
      })
    : { ok: false, ms: 0, detail: "database unreachable" };
  const jobs = migrations.ok
    ? await timed(async () => {
        const due = await prisma.job.count({ where: { status: "PENDING", runAt: { lt: new Date(now.getTime() - BACKLOG_AFTER_MS) } } });
        return due > backlogLimit ? `${due} jobs waiting, more than ${backlogLimit}` : undefined;
      })
    : { ok: false, ms: 0, detail: "migrations not applied" };
  return { ready: database.ok && migrations.ok && jobs.ok, checks: { database, migrations, jobs } };
}
