// Where each integration worker's database lives. SQLite: one file per worker;
// PostgreSQL: one database per worker on the server named by DATABASE_URL.
import path from "node:path";

export const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
export const PG_ADMIN_URL = process.env.DATABASE_URL ?? "postgresql://dot:dot@127.0.0.1:5432/dot";
export const WORKER_SLOTS = 4;

export function workerDatabaseUrl(slot: number | string): string {
  if (provider === "postgresql") {
    const u = new URL(PG_ADMIN_URL);
    // IT_DB_PREFIX: databases of one's own (e.g. a run beside another worktree's on the same server).
    u.pathname = `/${process.env.IT_DB_PREFIX ?? "dot_it"}_${slot}`;
    return u.toString();
  }
  return `file:${path.resolve("test-results/integration", `worker-${slot}.db`)}`;
}

/** Runs one statement on the server's `postgres` database (CREATE / DROP DATABASE). */
export async function pgAdmin(sql: string): Promise<void> {
  const { default: pg } = await import("pg");
  const admin = new URL(PG_ADMIN_URL);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(sql);
  await client.end();
}
