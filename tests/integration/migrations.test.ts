// The real Prisma CLI path (engine "js" + the adapter shims in lib/server/db/adapters.ts):
// `migrate deploy` on an empty database, and no drift between the schema and the migrations.
import { execFileSync, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PG_ADMIN_URL, pgAdmin, provider } from "./db-urls";

const EXPECTED_TABLES = [
  "User",
  "Institution",
  "Offer",
  "Application",
  "Placement",
  "MobilityRecord",
  "LearningAgreement",
  "GrantRate",
  "AuditEvent",
  "OfferSearch",
  "OfferSearchRow",
];

/** PostgreSQL: the database of the CLI test (IT_DB_PREFIX as for the worker databases, db-urls.ts). */
const MIGRATE_DB = `${process.env.IT_DB_PREFIX ?? "dot_it"}_migrate_cli`;

function freshUrl(): string {
  if (provider === "sqlite") {
    const file = path.resolve("test-results/integration/migrate-cli.db");
    rmSync(file, { force: true });
    return `file:${file}`;
  }
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${MIGRATE_DB}`;
  return u.toString();
}

function prismaCli(args: string[], url: string) {
  return spawnSync(process.execPath, ["scripts/prisma.mjs", ...args], {
    env: { ...process.env, DB_PROVIDER: provider, DATABASE_URL: url },
    encoding: "utf8",
  });
}

async function tableNames(url: string): Promise<string[]> {
  if (provider === "sqlite") {
    const out = execFileSync(
      process.execPath,
      [
        "-e",
        `const D=require("better-sqlite3");const d=new D(${JSON.stringify(url.slice(5))});console.log(JSON.stringify(d.prepare("select name from sqlite_master where type='table'").all().map(r=>r.name)))`,
      ],
      { encoding: "utf8" },
    );
    return JSON.parse(out);
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query("select table_name from information_schema.tables where table_schema='public'");
  await c.end();
  return r.rows.map((row: { table_name: string }) => row.table_name);
}

// The offer search objects (hand-written *_offer_search_* migrations: an FTS5 table on SQLite, a
// tsvector table on PostgreSQL, and on both a narrow row per offer and the change feed) cannot be expressed in Prisma's
// schema language, so the differ always proposes dropping them. Exactly those statements are
// tolerated; triggers, functions and the text search configuration are not reported at all.
const SEARCH_OBJECT_DROP =
  /^(DROP TABLE "OfferSearch(Row|Change|Version|_config|_data|_docsize|_idx)?"|ALTER TABLE "(OfferSearch|OfferSearchRow)" DROP CONSTRAINT "(OfferSearch|OfferSearchRow)_offerId_fkey")$/;

/** The statements of a `migrate diff --script` other than those drops (and their PRAGMA wrappers). */
function unexpectedDrift(script: string): string[] {
  return script
    .split(";")
    .map((statement) => statement.replace(/^--.*$/gm, "").trim())
    .filter((statement) => statement && !/^PRAGMA foreign_keys=(on|off)$/.test(statement) && !SEARCH_OBJECT_DROP.test(statement));
}

describe(`migrations on ${provider}`, () => {
  const url = freshUrl();

  afterAll(async () => {
    if (provider === "postgresql") await pgAdmin(`DROP DATABASE IF EXISTS "${MIGRATE_DB}" WITH (FORCE)`);
  });

  it("`prisma migrate deploy` creates every table on an empty database, and is a no-op the second time", async () => {
    if (provider === "postgresql") {
      await pgAdmin(`DROP DATABASE IF EXISTS "${MIGRATE_DB}" WITH (FORCE)`);
      await pgAdmin(`CREATE DATABASE "${MIGRATE_DB}"`);
    }
    const first = prismaCli(["migrate", "deploy"], url);
    expect(first.status, first.stderr + first.stdout).toBe(0);
    const tables = await tableNames(url);
    expect(tables).toEqual(expect.arrayContaining([...EXPECTED_TABLES, "_prisma_migrations"]));
    const second = prismaCli(["migrate", "deploy"], url);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/No pending migrations/);
  }, 120_000);

  it("the committed migrations match prisma/models.prisma (no drift)", () => {
    const diff = prismaCli(
      ["migrate", "diff", "--from-migrations", `prisma/${provider}/migrations`, "--to-schema-datamodel", `prisma/${provider}`, "--script"],
      url,
    );
    expect(diff.status, diff.stdout + diff.stderr).toBe(0);
    expect(unexpectedDrift(diff.stdout)).toEqual([]);
  }, 120_000);
});
