// Lighthouse scores of the public pages (not part of `npm test`), with Debian's Chromium:
//   npm run build && npm run db:setup && npm run lighthouse      # LIGHTHOUSE_RUNS=3
// Starts the production server (scripts/production-server.ts), runs Lighthouse (fetched by npx at
// the pinned version below: it is a measuring tool, not a dependency of the portal) against each
// page in turn, LIGHTHOUSE_RUNS times, and prints min / median / max of each category's score
// against the goals: performance ≥ 98, accessibility, best practices and SEO 100.
// Lighthouse's default mobile profile (simulated slow 4G, 4× CPU slowdown) is what it scores.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { firstPublishedOfferId, startProductionServer } from "./production-server";

const LIGHTHOUSE = "lighthouse@12.8.2";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const GOALS: Record<(typeof CATEGORIES)[number], number> = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Report = { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string }> };

function lighthouse(url: string, out: string): Report {
  const run = spawnSync(
    "npx",
    [
      "--yes",
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      `--chrome-path=${chromium}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
      `--only-categories=${CATEGORIES.join(",")}`,
    ],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, CHROME_PATH: chromium } },
  );
  if (run.status !== 0) throw new Error(`lighthouse failed for ${url} (exit ${run.status})`);
  return JSON.parse(readFileSync(out, "utf8")) as Report;
}

const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor((s.length - 1) / 2)]!, max: s[s.length - 1]! };
};

async function main() {
  // The offer lookup below uses the API, which rate-limits one address (the benchmarks may have used it up).
  const server = await startProductionServer({ API_RATE_LIMIT_PER_MINUTE: "1000000000" });
  const dir = mkdtempSync(path.join(os.tmpdir(), "dot-lighthouse-"));
  let failed = false;
  try {
    const offerId = await firstPublishedOfferId(server.base);
    const pages = ["/en", "/en/offers", `/en/offers/${offerId}`, "/en/stats"];
    // One visit each first: cached pages are rendered on their first request.
    for (const page of pages) await fetch(server.base + page);
    const scores = new Map(pages.map((p) => [p, new Map(CATEGORIES.map((c) => [c, [] as number[]]))]));
    const losses = new Map<string, Set<string>>(pages.map((p) => [p, new Set()]));
    for (let run = 1; run <= RUNS; run++) {
      for (const page of pages) {
        const report = lighthouse(server.base + page, path.join(dir, `run.json`));
        for (const c of CATEGORIES)
          scores
            .get(page)!
            .get(c)!
            .push(Math.round((report.categories[c]?.score ?? 0) * 100));
        for (const audit of Object.values(report.audits)) if (audit.score !== null && audit.score < 0.9) losses.get(page)!.add(audit.title);
        console.error(`run ${run}: ${page} ${CATEGORIES.map((c) => `${c} ${scores.get(page)!.get(c)!.at(-1)}`).join(", ")}`);
      }
    }
    console.log(`\nLighthouse ${LIGHTHOUSE.split("@")[1]}, ${RUNS} runs per page, min / median / max (goal)`);
    console.log(`| page | ${CATEGORIES.join(" | ")} |`);
    console.log(`|---|${CATEGORIES.map(() => "---").join("|")}|`);
    for (const page of pages) {
      const cells = CATEGORIES.map((c) => {
        const s = summary(scores.get(page)!.get(c)!);
        const ok = s.median >= GOALS[c];
        failed ||= !ok;
        return `${s.min} / ${s.median} / ${s.max} ${ok ? "✓" : `✗ (≥ ${GOALS[c]})`}`;
      });
      console.log(`| \`${page.replace(offerId, "{id}")}\` | ${cells.join(" | ")} |`);
    }
    for (const [page, titles] of losses) if (titles.size > 0) console.log(`\n${page.replace(offerId, "{id}")} loses points on: ${[...titles].join("; ")}`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
