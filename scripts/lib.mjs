// Shared helpers for the npm scripts (plain Node, no dependencies: they run before anything else).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

export const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export function run(cmd, args, env = {}) {
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

/** Loads .env (KEY=value lines) into process.env without overriding what is already set. */
export function loadDotEnv(file = ".env") {
  if (!existsSync(file)) return;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/);
    if (m && process.env[m[1]] === undefined) process.env[m[1]] = m[2].replace(/^"(.*)"$/, "$1");
  }
}

/** A fresh machine has no .env: create one with a random session secret (never committed). */
export function ensureDotEnv(file = ".env") {
  if (existsSync(file)) return;
  writeFileSync(
    file,
    [
      "# Created by npm start on first run. See README.md for every variable.",
      `NEXTAUTH_SECRET=${randomBytes(32).toString("hex")}`,
      "NEXTAUTH_URL=http://localhost:3000",
      "# Named on /privacy, /accessibility and /host-terms: set your organisation before going live.",
      'OPERATOR_NAME="DOT Portal demonstration"',
      "OPERATOR_EMAIL=privacy@dot-portal.example",
      "",
    ].join("\n"),
  );
  console.log("• created .env with a random NEXTAUTH_SECRET");
}

const MARKER = "generated/prisma/.provider";

/** The generated client is provider-specific: regenerate when DB_PROVIDER changed. */
export function ensureClientFor(target = provider) {
  const current = existsSync(MARKER) ? readFileSync(MARKER, "utf8").trim() : "";
  if (current !== target) run(process.execPath, ["scripts/prisma.mjs", "generate"], { DB_PROVIDER: target });
}
