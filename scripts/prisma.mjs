// Runs the Prisma CLI for the provider in DB_PROVIDER (default sqlite) with a default
// DATABASE_URL, so `npm install` and `npm start` need no .env file.
// Why two databases and a migrations folder per provider: docs/decisions/0015.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";

const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const env = {
  ...process.env,
  DB_PROVIDER: provider,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  DATABASE_URL:
    process.env.DATABASE_URL ??
    (provider === "postgresql" ? "postgresql://dot:dot@127.0.0.1:5432/dot" : "file:./dev.db"),
};
const args = process.argv.slice(2);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], { env, stdio: "inherit" });
// Remember which provider the client was generated for (scripts/lib.mjs ensureClientFor).
if (result.status === 0 && args[0] === "generate") writeFileSync("generated/prisma/.provider", provider);
process.exit(result.status ?? 1);
