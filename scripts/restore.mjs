// npm run restore -- <folder> — puts a backup of scripts/backup.mjs back into an EMPTY database
// (DATABASE_URL; a SQLite file that does not exist yet) and STORAGE_DIR, then compares the rows
// per table with the backup's manifest and fails on any difference.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { loadDotEnv } from "./lib.mjs";

loadDotEnv();
const { databaseUrl, libpqUrl, provider, sqliteFile, storageDir, tableCounts } = await import("./backup-lib.mjs");

const from = process.argv[2];
if (!from || !existsSync(path.join(from, "manifest.json"))) {
  console.error("✗ usage: npm run restore -- <folder made by npm run backup>");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(path.join(from, "manifest.json"), "utf8"));
if (manifest.provider !== provider) {
  console.error(`✗ the backup is of ${manifest.provider}; DB_PROVIDER is ${provider}.`);
  process.exit(1);
}
const url = databaseUrl();

if (provider === "sqlite") {
  const target = sqliteFile(url);
  if (existsSync(target)) {
    console.error(`✗ ${target} exists: restore into a new file (set DATABASE_URL), never over a database.`);
    process.exit(1);
  }
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(path.join(from, "database.sqlite"), target);
} else {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query("SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'");
  await client.end();
  if (Number(rows[0].n) > 0) {
    console.error("✗ the target database has tables: restore into an empty database (createdb first).");
    process.exit(1);
  }
  const restored = spawnSync(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", libpqUrl(url), path.join(from, "database.pgdump")],
    { stdio: "inherit" },
  );
  if (restored.status !== 0) process.exit(restored.status ?? 1);
}

if (existsSync(path.join(from, "files"))) cpSync(path.join(from, "files"), storageDir(), { recursive: true });

const counts = await tableCounts(url);
const differences = Object.keys({ ...manifest.tables, ...counts }).filter((t) => manifest.tables[t] !== counts[t]);
if (differences.length) {
  for (const t of differences) console.error(`✗ ${t}: ${counts[t] ?? "missing"} rows, the backup has ${manifest.tables[t] ?? "none"}`);
  process.exit(1);
}
console.log(`✓ restored ${Object.keys(counts).length} tables with the backup's row counts, and the stored files`);
