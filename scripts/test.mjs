// `npm test`: typecheck, lint, format, unit, integration (real database), e2e (Chromium) — every step
// runs even when an earlier one fails, and the closing line sums the tests of all suites.
// `npm test -- --only=integration,e2e` runs a subset of the steps; `--e2e-subset=postgresql` runs
// only the specs listed in tests/e2e/postgresql-subset.json (CI's PostgreSQL pass; the file says why).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { ensureClientFor, provider } from "./lib.mjs";
import { countsOf, summarise } from "./test-summary.mjs";

const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const e2eSubset = process.argv.find((a) => a.startsWith("--e2e-subset="))?.slice(13);
const e2eSpecs = e2eSubset ? JSON.parse(readFileSync(`tests/e2e/${e2eSubset}-subset.json`, "utf8")).specs.map((f) => `tests/e2e/${f}`) : [];
// A renamed spec must not silently drop out of the PostgreSQL pass.
for (const spec of e2eSpecs) if (!existsSync(spec)) throw new Error(`${spec} is listed in tests/e2e/${e2eSubset}-subset.json but does not exist`);
const node = process.execPath;
const vitest = (project, report) => [
  node,
  ["node_modules/vitest/vitest.mjs", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
];

const steps = [
  { name: "typecheck", cmd: [node, ["node_modules/typescript/bin/tsc", "--noEmit"]] },
  { name: "lint", cmd: [node, ["node_modules/eslint/bin/eslint.js", "--max-warnings=0", "."]] },
  // Formatting is Prettier's (.prettierrc.json); `npx prettier --write .` fixes what this reports.
  { name: "format", cmd: [node, ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level=warn", "."]] },
  { name: "unit", report: "test-results/unit.json", cmd: vitest("unit", "test-results/unit.json") },
  { name: "integration", report: `test-results/integration-${provider}.json`, cmd: vitest("integration", `test-results/integration-${provider}.json`) },
  { name: "e2e", report: `test-results/e2e-${provider}.json`, cmd: [node, ["scripts/e2e.mjs", ...e2eSpecs]], env: { BUILD_SKIP_TYPECHECK: "1" } },
].filter((s) => !only || only.includes(s.name));

mkdirSync("test-results", { recursive: true });
ensureClientFor(provider);

const results = [];
for (const step of steps) {
  if (step.report) rmSync(step.report, { force: true });
  console.log(`\n▶ ${step.name} (${provider})`);
  const started = Date.now();
  const r = spawnSync(step.cmd[0], step.cmd[1], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env } });
  results.push({ ...step, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log(`\n── npm test summary (${provider}) ──`);
for (const r of results) console.log(`  ${r.ok ? "✓" : "✗"} ${r.name} (${r.seconds} s)`);
// A failing step counts as one failure when its own report shows none (typecheck, lint, or a
// suite that stopped before running its tests, e.g. the e2e server could not start).
const stepFailures = results.filter((r) => !r.ok && !(countsOf(r.report ?? "")?.failed > 0)).length;
// Recorded for .ci/run's grand total, in the shape of a Vitest report.
writeFileSync(`test-results/checks-${provider}.json`, JSON.stringify({ numPassedTests: 0, numFailedTests: stepFailures }));
const { passed, failed, skipped } = summarise(
  results.filter((r) => r.report).map((r) => r.report),
  stepFailures,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
