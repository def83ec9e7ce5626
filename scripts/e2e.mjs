// `npm run test:e2e`: Chromium located (or installed), a fresh seeded e2e database, one
// production build for DB_PROVIDER, then Playwright (which starts `next start` on that build).
import { rmSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { ensureChromium } from "./find-chromium.mjs";
import { ensureClientFor, provider, run } from "./lib.mjs";

const PORT = process.env.E2E_PORT ?? "3100";
// The test OpenID Provider (tests/e2e/oidc/provider.mjs), started by playwright.config.ts.
const OIDC_PORT = process.env.E2E_OIDC_PORT ?? String(Number(PORT) + 90);

async function freshDatabaseUrl() {
  if (provider === "sqlite") {
    const file = path.resolve("test-results", "e2e.db");
    mkdirSync(path.dirname(file), { recursive: true });
    for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(file + s, { force: true });
    return `file:${file}`;
  }
  const base = new URL(process.env.DATABASE_URL ?? "postgresql://dot:dot@127.0.0.1:5432/dot");
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "dot_e2e" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "dot_e2e"`);
  await client.end();
  base.pathname = "/dot_e2e";
  return base.toString();
}

// Fail fast with a clear message when the port is taken (e.g. a server left running).
await new Promise((resolve) => {
  const probe = net.createServer().once("error", () => {
    console.error(`✗ Port ${PORT} is in use: stop what runs there, or set E2E_PORT to a free port.`);
    process.exit(1);
  });
  probe.listen(Number(PORT), "127.0.0.1", () => probe.close(resolve));
});

const chromium = ensureChromium();
const env = {
  DB_PROVIDER: provider,
  DATABASE_URL: await freshDatabaseUrl(),
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use",
  NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
  MAIL_OUTBOX_DIR: path.resolve("test-results", `outbox-${provider}`),
  OPERATOR_NAME: "DOT Portal demonstration",
  OPERATOR_EMAIL: "privacy@dot-portal.example",
  MAIL_OUTBOX_PAGE: "1", // /dev/outbox under `next start`, so specs can read the mail sent
  STORAGE_DIR: path.resolve("test-results", `storage-${provider}`),
  // Every spec signs in and registers from 127.0.0.1: per-address limits that a whole run never
  // reaches (the per-account sign-in throttle keeps its defaults; tests/e2e/throttle.spec.ts).
  REGISTER_LIMIT_PER_HOUR: "1000",
  SIGN_IN_ADDRESS_FREE_FAILURES: "1000",
  SIGN_IN_ADDRESS_LOCK_FAILURES: "2000",
  CHROMIUM_PATH: chromium,
  E2E_PORT: PORT,
  E2E_OIDC_PORT: OIDC_PORT,
  OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
  OIDC_CLIENT_ID: "dot-portal-e2e",
  OIDC_CLIENT_SECRET: "e2e-oidc-client-secret",
};
rmSync(env.MAIL_OUTBOX_DIR, { recursive: true, force: true });
// Each axe scan of this run is appended here (tests/e2e/fixtures.ts); scripts/accessibility-report.mjs sums them.
mkdirSync("test-results", { recursive: true });
rmSync("test-results/axe-scans.jsonl", { force: true });
rmSync(env.STORAGE_DIR, { recursive: true, force: true });
Object.assign(process.env, env);

ensureClientFor(provider);
run(process.execPath, ["scripts/prisma.mjs", "migrate", "deploy"]);
run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts"]);
if (process.env.E2E_SKIP_BUILD !== "1") run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)]);
