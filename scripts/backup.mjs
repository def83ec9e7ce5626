// npm run backup [-- <folder>] — a consistent copy of the database and the stored files (CVs):
// SQLite through its online backup API (safe while the portal runs), PostgreSQL with pg_dump's
// custom format; the files under STORAGE_DIR (FILE_STORE=local; with FILE_STORE=database the
// files are StoredFile rows and come with the database); a manifest with the rows per table that
// scripts/restore.mjs checks after restoring.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { loadDotEnv } from "./lib.mjs";

loadDotEnv();
const { databaseUrl, libpqUrl, provider, sqliteFile, storageDir, tableCounts } = await import("./backup-lib.mjs");

const out = path.resolve(process.argv[2] ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-")));
if (existsSync(out) && readdirSync(out).length > 0) {
  console.error(`✗ ${out} is not empty: choose a new folder.`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const url = databaseUrl();

if (provider === "sqlite") {
  const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
  await db.backup(path.join(out, "database.sqlite"));
  db.close();
} else {
  const dump = spawnSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", path.join(out, "database.pgdump"), libpqUrl(url)], {
    stdio: "inherit",
  });
  if (dump.status !== 0) process.exit(dump.status ?? 1);
}

const files = storageDir();
if (existsSync(files)) cpSync(files, path.join(out, "files"), { recursive: true });
// The counts of the copy, not of the live database, which may have moved on meanwhile.
const counted = provider === "sqlite" ? `file:${path.join(out, "database.sqlite")}` : url;
const manifest = { provider, createdAt: new Date().toISOString(), tables: await tableCounts(counted) };
writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`✓ backup in ${out}: ${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(manifest.tables).length} tables`);
