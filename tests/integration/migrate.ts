// Applies the committed migrations (prisma/<provider>/migrations/*/migration.sql, in order)
// to a fresh database — the same SQL `prisma migrate deploy` runs, without a CLI process per worker.
// tests/integration/migrations.test.ts proves the real CLI path separately.
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { provider } from "./db-urls";

function migrationSql(): string[] {
  const dir = path.resolve("prisma", provider, "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

export async function recreateDatabase(url: string): Promise<void> {
  if (provider === "sqlite") {
    const file = url.replace(/^file:/, "");
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const db = new Database(file);
    for (const sql of migrationSql()) db.exec(sql);
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
  await db.end();
}
