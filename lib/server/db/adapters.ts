// Driver adapters for Prisma 6.19.3's JS engine, plus the workarounds the schema engine needs
// offline (catalog columns of type name/"char", the shadow database settings). Used by prisma.config.ts (CLI) and, through
// makeClientAdapter, by the runtime client. Kept in one module so the hacks are in one place;
// tests/integration/migrations.test.ts exercises them on each provider.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

export type DbProvider = "sqlite" | "postgresql";

export function dbProvider(value = process.env.DB_PROVIDER): DbProvider {
  return value === "postgresql" ? "postgresql" : "sqlite";
}

export function defaultDatabaseUrl(provider: DbProvider): string {
  return provider === "postgresql" ? "postgresql://dot:dot@127.0.0.1:5432/dot" : "file:./dev.db";
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the adapters' internal shapes are untyped */
type Factory = { connect(): Promise<any>; connectToShadowDb(): Promise<any> };

// SQLite: `migrate dev` replays migration.sql into the shadow DB via executeRaw, which
// better-sqlite3 refuses for multi-statement SQL (P3006). Route argument-less SQL to exec().
function sqliteMigrationFactory(url: string) {
  const factory = new PrismaBetterSQLite3({ url }) as unknown as Factory;
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const shadow = await connectShadow();
    const executeRaw = shadow.executeRaw.bind(shadow);
    shadow.executeRaw = async (q: { sql: string; args: unknown[] }) => {
      if (q.args.length === 0) {
        await shadow.executeScript(q.sql);
        return 0;
      }
      return executeRaw(q);
    };
    return shadow;
  };
  return factory as unknown as PrismaBetterSQLite3;
}

// PostgreSQL: catalog queries return "char" (oid 18) and name (oid 19) columns that
// @prisma/adapter-pg cannot deserialize; report them as text (25). Patched once per prototype.
let pgPatched = false;
function patchPgTypes(adapter: object) {
  if (pgPatched) return;
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  const performIO = proto.performIO;
  proto.performIO = async function (this: unknown, q: unknown) {
    const res = await performIO.call(this, q);
    for (const r of Array.isArray(res) ? res : [res]) for (const f of r?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
    return res;
  };
  pgPatched = true;
}

// PostgreSQL: the adapter's executeScript splits a migration on every ";" — also inside
// dollar-quoted function bodies (the hand-written offer search triggers, *_offer_search_*).
// Send the whole script at once instead (simple query protocol: one implicit transaction).
function wholeScripts(adapter: { client: { query(sql: string): Promise<unknown> }; executeScript(sql: string): Promise<void>; onError(e: unknown): never }) {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
}

// libpq's sslmode values as node-postgres options: "require" encrypts without checking the
// certificate (as libpq does), "verify-ca"/"verify-full" check it against the system's CAs.
const SSL_MODES: Record<string, false | { rejectUnauthorized: boolean }> = {
  disable: false,
  prefer: false,
  require: { rejectUnauthorized: false },
  "verify-ca": { rejectUnauthorized: true },
  "verify-full": { rejectUnauthorized: true },
};

/**
 * A PostgreSQL URL as discrete pg settings. Understood query parameters: sslmode (as libpq) and
 * connection_limit (the pool's size per process, as Prisma names it; pg's default is 10). Any
 * other parameter is refused rather than silently dropped.
 */
export function pgConfig(url: string) {
  const u = new URL(url);
  const unknown = [...u.searchParams.keys()].filter((k) => k !== "sslmode" && k !== "connection_limit");
  if (unknown.length) throw new Error(`DATABASE_URL: unsupported parameter(s) ${unknown.join(", ")} (sslmode and connection_limit are understood)`);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode !== null && !(sslmode in SSL_MODES)) throw new Error(`DATABASE_URL: unknown sslmode "${sslmode}"`);
  const limit = u.searchParams.get("connection_limit");
  if (limit !== null && !/^[1-9]\d{0,3}$/.test(limit)) throw new Error(`DATABASE_URL: connection_limit must be a whole number from 1`);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ...(sslmode !== null ? { ssl: SSL_MODES[sslmode]! } : {}),
    ...(limit !== null ? { max: Number(limit) } : {}),
  };
}

// Discrete settings, not a connection string: the adapter opens the shadow DB with
// {...config, database}, and a connection string would override `database`.
function pgMigrationFactory(url: string) {
  const cfg = pgConfig(url);
  const factory = new PrismaPg(cfg) as unknown as Factory;
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const a = await connect();
    patchPgTypes(a);
    wholeScripts(a);
    return a;
  };
  // The adapter drops its shadow database before closing the pool ("being accessed by other
  // users"): close first, then drop.
  factory.connectToShadowDb = async () => {
    const main = await factory.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await (new PrismaPg({ ...cfg, database }) as unknown as Factory).connect();
    patchPgTypes(shadow);
    wholeScripts(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  };
  return factory as unknown as PrismaPg;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Adapter for the Prisma CLI (migrate deploy/dev/diff). */
export function makeMigrationAdapter(provider: DbProvider, url: string) {
  return provider === "postgresql" ? pgMigrationFactory(url) : sqliteMigrationFactory(url);
}

/** Adapter for the runtime client: no shims needed for ordinary queries. */
export function makeClientAdapter(provider: DbProvider, url: string) {
  return provider === "postgresql" ? new PrismaPg(pgConfig(url)) : new PrismaBetterSQLite3({ url });
}
