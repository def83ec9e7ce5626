// Page weight of the public pages from a production build (not part of `npm test`):
//   npm run page-weight                       # db:setup, next build, then measure
//   PAGE_WEIGHT_SKIP_BUILD=1 npm run page-weight   # reuse the last build in .next/
// Starts the production server (scripts/server.mjs) on a free loopback port, fetches each page in
// PAGES (redirects followed), and reports per page: the HTML gzipped, and the first-load JS = the
// sum of the gzipped sizes of every <script src> chunk the HTML references (each fetched from the
// server and gzipped here with node:zlib at level 9, so the figure does not depend on how the
// server compresses; `nomodule` polyfills are left out, as modern browsers skip them). Exits 1
// when a page breaks a budget. DATABASE_URL / DB_PROVIDER pick the
// database as for `npm start`; the offer page is the first published offer of /api/v1/offers.
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { firstPublishedOfferId, startProductionServer } from "./production-server";

/** The pages measured; `{offer}` stands for the id of the first published offer. */
const PAGES = ["/", "/offers", "/offers/{offer}", "/stats", "/sign-in"] as const;
const BUDGET_HTML_KB = 30;
const BUDGET_JS_KB = 120;
const GZIP_LEVEL = 9;

const gz = (body: Buffer) => gzipSync(body, { level: GZIP_LEVEL }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status})`);
}

/**
 * Every <script src="…"> of the page a modern browser loads, as absolute URLs without repeats.
 * `nomodule` scripts (Next's legacy polyfills, ~39 KB gz) are skipped: module-capable browsers never fetch them.
 */
export function scriptSources(html: string, pageUrl: string): string[] {
  const sources = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc="([^"]+)"/i.exec(tag)?.[1];
    if (src && !/\snomodule\b/i.test(tag)) sources.add(new URL(src.replaceAll("&amp;", "&"), pageUrl).toString());
  }
  return [...sources];
}

async function body(url: string): Promise<{ url: string; status: number; bytes: Buffer }> {
  // Plain identity bodies: the gzipped size is computed here, not taken from the wire.
  const response = await fetch(url, { redirect: "follow", headers: { "accept-encoding": "identity" } });
  return { url: response.url, status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function main() {
  if (!process.env.PAGE_WEIGHT_SKIP_BUILD) {
    run(process.execPath, ["scripts/db-setup.mjs"]);
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
  }
  const { base, stop } = await startProductionServer();
  let breached = false;
  try {
    const offerId = await firstPublishedOfferId(base);

    const chunkSizes = new Map<string, number>();
    const rows: string[][] = [];
    for (const page of PAGES) {
      const html = await body(base + page.replace("{offer}", offerId));
      if (html.status !== 200) throw new Error(`${page} answered ${html.status}`);
      const scripts = scriptSources(html.bytes.toString("utf8"), html.url);
      let js = 0;
      for (const src of scripts) {
        if (!chunkSizes.has(src)) {
          const chunk = await body(src);
          if (chunk.status !== 200) throw new Error(`${src} answered ${chunk.status}`);
          chunkSizes.set(src, gz(chunk.bytes));
        }
        js += chunkSizes.get(src)!;
      }
      const htmlGz = gz(html.bytes);
      const htmlOk = htmlGz <= BUDGET_HTML_KB * 1024;
      const jsOk = js <= BUDGET_JS_KB * 1024;
      breached ||= !htmlOk || !jsOk;
      rows.push([
        page,
        new URL(html.url).pathname,
        kb(html.bytes.length),
        `${kb(htmlGz)}${htmlOk ? "" : " ✗"}`,
        String(scripts.length),
        `${kb(js)}${jsOk ? "" : " ✗"}`,
      ]);
    }
    const header = ["page", "served at", "HTML KB", `HTML KB gz (≤ ${BUDGET_HTML_KB})`, "scripts", `first-load JS KB gz (≤ ${BUDGET_JS_KB})`];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
    console.log(`\nPage weight (gzip: node:zlib level ${GZIP_LEVEL}, each body fetched uncompressed and gzipped here; nomodule polyfills not counted)`);
    console.log(line(header));
    console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
    for (const row of rows) console.log(line(row));
    console.log(breached ? "\n✗ over budget (marked ✗)" : "\n✓ every page within budget");
  } finally {
    stop();
  }
  process.exit(breached ? 1 : 0);
}

if (process.argv[1]?.endsWith("page-weight.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(2);
  });
}
