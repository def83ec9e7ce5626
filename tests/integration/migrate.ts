// Applies the committed migrations (prisma/<provider>/migrations/*/migration.sql, in order)
// to a fresh database — the same SQL `prisma migrate deploy` runs, without a CLI process per worker.
// tests/integration/migrations.test.ts proves the real CLI path separately.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { provider } from "./db-urls";

function migrationNames(): string[] {
  const dir = path.resolve("prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

function migrationSql(): string[] {
  return migrationNames().map((name) => readFileSync(path.resolve("prisma", provider, "migrations", name, "migration.sql"), "utf8"));
}

// Prisma's own bookkeeping table, filled as `migrate deploy` fills it, so the readiness check
// (lib/server/health.ts) sees the same database a deployed instance does.
const BOOKKEEPING = {
  sqlite: `CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
    "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`,
  postgresql: `CREATE TABLE "_prisma_migrations" ("id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ, "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`,
} as const;

function bookkeepingRows(): string[] {
  return migrationNames().map(
    (name, i) =>
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count") VALUES ('test-${i}', 'test', CURRENT_TIMESTAMP, '${name}', 1)`,
  );
}

export async function recreateDatabase(url: string): Promise<void> {
  if (provider === "sqlite") {
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const db = new Database(file);
    for (const sql of migrationSql()) db.exec(sql);
    db.exec(BOOKKEEPING.sqlite);
    for (const row of bookkeepingRows()) db.exec(row);
    db.close();
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  for (const sql of migrationSql()) await db.query(sql);
  await db.query(BOOKKEEPING.postgresql);
  for (const row of bookkeepingRows()) await db.query(row);
  await db.end();
}
