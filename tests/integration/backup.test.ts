import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_ADMIN_URL, pgAdmin, provider } from "./db-urls";

const { prisma } = await import("@/lib/server/db");
const { DatabaseFileStore } = await import("@/lib/server/files/database-store");
const { createApplication, createMobilityRecord } = await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");

// `npm run backup` then `npm run restore` into an empty database gives the same
// rows per table and the same bytes of every stored file (a CV here).
const ROOT = path.resolve("test-results/integration/backup");
const RESTORED_PG = `${process.env.IT_DB_PREFIX ?? "dot_it"}_restored`;

/** A StoredFile's bytes read straight from a (restored) database, not through the app's client. */
async function storedBytes(url: string, name: string): Promise<Buffer | undefined> {
  if (provider === "sqlite") {
    const db = new Database(url.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT "bytes" FROM "StoredFile" WHERE "name" = ?').get(name) as { bytes: Buffer } | undefined)?.bytes;
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ bytes: Buffer }>('SELECT "bytes" FROM "StoredFile" WHERE "name" = $1', [name])).rows[0]?.bytes;
  } finally {
    await client.end();
  }
}

function script(name: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [`scripts/${name}.mjs`, ...args], { env: { ...process.env, DB_PROVIDER: provider, ...env }, encoding: "utf8" });
}

afterAll(async () => {
  // Cleanup only: FORCE may not terminate a session of another role (e.g. autovacuum on a shared
  // server), so a failed drop is reported, not counted as a failed test; the next run drops it first.
  if (provider === "postgresql") {
    await pgAdmin(`DROP DATABASE IF EXISTS "${RESTORED_PG}" WITH (FORCE)`).catch((error: unknown) => console.warn(`could not drop ${RESTORED_PG}:`, error));
  }
  rmSync(ROOT, { recursive: true, force: true });
});

describe(`backup and restore on ${provider}`, () => {
  it("restores into an empty database the same rows per table, and CVs byte for byte (STORAGE_DIR and FILE_STORE=database)", async () => {
    await resetDatabase();
    rmSync(ROOT, { recursive: true, force: true });
    const storage = path.join(ROOT, "storage");
    mkdirSync(path.join(storage, "cv"), { recursive: true });
    const cv = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))]);
    writeFileSync(path.join(storage, "cv", "a1b2c3.pdf"), cv);
    // A CV stored with FILE_STORE=database is a StoredFile row: it travels in the database dump.
    const inDatabase = Buffer.concat([cv, Buffer.alloc(5 * 1024 * 1024 - cv.length, 0xa5)]);
    await new DatabaseFileStore(prisma).put("cv-00000000-0000-4000-8000-0000000000db.pdf", inDatabase, "application/pdf");
    await createMobilityRecord(prisma, { action: "KA121-VET", format: "SM-JOB-SHDW", days: 21 });
    await createApplication(prisma, { status: "SUBMITTED" });

    const backup = script("backup", [path.join(ROOT, "copy")], { DATABASE_URL: process.env.DATABASE_URL!, STORAGE_DIR: storage });
    expect(backup.status, backup.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, "copy", "manifest.json"), "utf8"));
    expect(manifest.tables).toMatchObject({ MobilityRecord: 1, Application: 2, StoredFile: 1, Institution: expect.any(Number) });

    let target: string;
    if (provider === "sqlite") target = `file:${path.join(ROOT, "restored.db")}`;
    else {
      await pgAdmin(`DROP DATABASE IF EXISTS "${RESTORED_PG}" WITH (FORCE)`);
      await pgAdmin(`CREATE DATABASE "${RESTORED_PG}"`);
      const u = new URL(PG_ADMIN_URL);
      u.pathname = `/${RESTORED_PG}`;
      target = u.toString();
    }
    const restoredStorage = path.join(ROOT, "restored-storage");
    const restore = script("restore", [path.join(ROOT, "copy")], { DATABASE_URL: target, STORAGE_DIR: restoredStorage });
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("with the backup's row counts");
    expect(readFileSync(path.join(restoredStorage, "cv", "a1b2c3.pdf")).equals(cv)).toBe(true);
    expect((await storedBytes(target, "cv-00000000-0000-4000-8000-0000000000db.pdf"))?.equals(inDatabase)).toBe(true);

    // Restoring again over the restored database is refused: a restore never overwrites.
    const again = script("restore", [path.join(ROOT, "copy")], { DATABASE_URL: target, STORAGE_DIR: restoredStorage });
    expect(again.status).toBe(1);
  }, 120_000);
});
