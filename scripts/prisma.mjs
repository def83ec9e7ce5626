// Runs the Prisma CLI for the provider in DB_PROVIDER (default sqlite) with a default
// DATABASE_URL, so `npm install` and `npm start` need no .env file.
// Why two databases and a migrations folder per provider: docs/decisions/0015.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const env = {
  ...process.env,
  DB_PROVIDER: provider,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? (provider === "postgresql" ? "postgresql://dot:dot@127.0.0.1:5432/dot" : "file:./dev.db"),
};

// Prisma reads the provider's schema folder (prisma.config.ts): its header plus the shared models.
// A copy of prisma/models.prisma goes next to the header before every run (a symlink would not
// survive a Windows checkout); the copies are git-ignored. Written only when it differs, so a
// read-only install that is up to date works too.
const models = `// Copy of prisma/models.prisma written by scripts/prisma.mjs: edit that file, not this one.\n${readFileSync("prisma/models.prisma", "utf8")}`;
const copy = `prisma/${provider}/models.prisma`;
if (!existsSync(copy) || readFileSync(copy, "utf8") !== models) writeFileSync(copy, models);

const args = process.argv.slice(2);
const result = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], { env, stdio: "inherit" });
// Remember which provider the client was generated for (scripts/lib.mjs ensureClientFor).
if (result.status === 0 && args[0] === "generate") writeFileSync("generated/prisma/.provider", provider);
process.exit(result.status ?? 1);
