import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { env } from "./env";
import { prisma } from "./db";

// What a load balancer asks before it sends an instance traffic (issue 15, item 3): is the
// database reachable, and are all the migrations this code was built with applied to it?

export interface ReadinessCheck {
  readonly ok: boolean;
  readonly ms: number;
  readonly detail?: string;
}

export interface Readiness {
  readonly ready: boolean;
  readonly checks: { readonly database: ReadinessCheck; readonly migrations: ReadinessCheck };
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

export async function readiness(expected: readonly string[] = shippedMigrations()): Promise<Readiness> {
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
  return { ready: database.ok && migrations.ok, checks: { database, migrations } };
}
