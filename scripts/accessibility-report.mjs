// `node scripts/accessibility-report.mjs`: sums the axe scans of the last end-to-end run
// (test-results/axe-scans.jsonl, written by tests/e2e/fixtures.ts) per page into
// docs/accessibility/axe-results.json, which the accessibility statement (/accessibility) shows.
// Run it after a whole `npm run test:e2e` (docs/accessibility/README.md).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SCANS = "test-results/axe-scans.jsonl";
const OUT = "docs/accessibility/axe-results.json";

const ROOT = new URL("..", import.meta.url).pathname;
const LOCALES = new Set(
  readdirSync(path.join(ROOT, "messages"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5)),
);

/** The route folders under a folder; route groups such as (auth) add their children. */
function routeFolders(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => (/^\(.*\)$/.test(e.name) ? routeFolders(path.join(dir, e.name)) : [{ name: e.name, dir: path.join(dir, e.name) }]));
}

/**
 * A scanned URL as the route it shows, matched against app/[locale]'s folders: "/de/offers/offer-0043"
 * is "/offers/[id]" in "de"; a URL no route has ("/en/no-such-page") is the catch-all's "/[...rest]".
 */
export function pageOf(url) {
  const segments = new URL(url).pathname.split("/").filter(Boolean);
  const locale = LOCALES.has(segments[0]) ? segments.shift() : null;
  let dir = path.join(ROOT, "app", "[locale]");
  const route = [];
  for (const segment of segments) {
    const folders = routeFolders(dir);
    const match = folders.find((f) => f.name === segment) ?? folders.find((f) => /^\[[^.]/.test(f.name)) ?? folders.find((f) => f.name.startsWith("[..."));
    if (!match) throw new Error(`no route for ${url}`);
    route.push(match.name);
    if (match.name.startsWith("[...")) break;
    dir = match.dir;
  }
  return { locale, path: "/" + route.join("/") };
}

function main() {
  const scans = readFileSync(SCANS, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  if (scans.length === 0) throw new Error(`${SCANS} holds no scans: run npm run test:e2e first`);
  const pages = new Map();
  const locales = new Set();
  for (const scan of scans) {
    const { locale, path } = pageOf(scan.url);
    if (locale) locales.add(locale);
    const entry = pages.get(path) ?? { path, scans: 0, violations: 0 };
    entry.scans += 1;
    entry.violations += scan.violations;
    pages.set(path, entry);
  }
  const versions = [...new Set(scans.map((s) => s.axeVersion))];
  const report = {
    generatedAt: scans
      .map((s) => s.at)
      .sort()
      .at(-1),
    axeVersion: versions.join(", "),
    // The rule sets the scans ran (tests/e2e/fixtures.ts AXE_TAGS), written by each scan.
    tags: [...new Set(scans.flatMap((s) => s.tags ?? []))],
    locales: [...locales].sort(),
    pages: [...pages.values()].sort((a, b) => a.path.localeCompare(b.path)),
  };
  writeFileSync(OUT, JSON.stringify(report, null, 2) + "\n");
  const violations = report.pages.reduce((n, p) => n + p.violations, 0);
  console.log(`${OUT}: ${scans.length} scans of ${report.pages.length} pages in ${report.locales.length} languages, ${violations} violations`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
