// Shared by scripts/backup.mjs and scripts/restore.mjs: where the database and the stored files
// are, and how many rows each table holds (the check a restore is compared with).
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { provider } from "./lib.mjs";

export { provider };
export const databaseUrl = () => process.env.DATABASE_URL ?? (provider === "postgresql" ? "postgresql://dot:dot@127.0.0.1:5432/dot" : "file:./dev.db");
/** The URL for libpq tools (pg_dump, pg_restore): without connection_limit, which only the portal's pool reads. */
export function libpqUrl(url) {
  const u = new URL(url);
  u.searchParams.delete("connection_limit");
  return u.toString();
}
export const storageDir = () => path.resolve(process.env.STORAGE_DIR ?? "storage");
export const sqliteFile = (url) => path.resolve(url.replace(/^file:/, ""));

/** Rows per table (Prisma's bookkeeping included), sorted by table name. */
export async function tableCounts(url) {
  if (provider === "sqlite") {
    const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
        .all();
      return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get().n]));
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: libpqUrl(url) });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const counts = {};
    for (const { tablename } of rows) counts[tablename] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${tablename}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}
