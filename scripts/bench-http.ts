// Throughput of the portal's pages under load (not part of `npm test`), on this machine's loopback:
//   npm run build && npm run db:setup          # a production build and the seeded dev.db
//   npx tsx scripts/bench-http.ts              # BENCH_RUNS=3 BENCH_SECONDS=10 BENCH_CONNECTIONS=50
// Starts the production server (scripts/server.mjs) on a free loopback port with the API limit
// lifted (the load comes from one address), then runs autocannon against each route in turn,
// interleaved over BENCH_RUNS rounds so a noisy neighbour hits every route alike. The reference is a
// static route of the same app (/icon.svg, a static file from public/): each route's req/s is given as a
// ratio to the reference measured in the same round. Prints min/median/max over the rounds.
// DATABASE_URL / DB_PROVIDER pick the database as for `npm start` (e.g. a 100k-offer bench database).
import autocannon from "autocannon";
import { firstPublishedOfferId, startProductionServer } from "./production-server";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const REFERENCE = "/icon.svg";
// Each route's goal as a share of the reference's req/s: public pages served from cache ≥ 50 %,
// a search ≥ 25 %; the API is measured, without a goal of its own.
const TARGETS: Record<string, number | null> = {
  "/en/sign-in": 0.5,
  "/en": 0.5,
  "/en/offers/{id}": 0.5,
  "/en/stats": 0.5,
  "/en/offers?q=software&country=DE": 0.25,
  "/api/v1/offers?q=data": null,
};
const P99_LIMIT_MS = 1000;

type Sample = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string): Promise<Sample> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Anything but a 2xx counts: a 429 or a 500 under load is a failure of the route.
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor((sorted.length - 1) / 2)]!, max: sorted[sorted.length - 1]! };
};
const fmt = (xs: number[], digits = 0) => {
  const s = stats(xs);
  return `${s.min.toFixed(digits)} / ${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
};

/** Met when the median ratio reaches the goal, the worst p99 stays under a second and nothing failed. */
function verdict(goal: number | null | undefined, ratios: number[], s: Sample[], errors: number): string {
  if (goal === undefined) return "";
  const p99Ok = Math.max(...s.map((x) => x.p99)) <= P99_LIMIT_MS && errors === 0;
  if (goal === null) return p99Ok ? "p99 ≤ 1 s ✓" : "p99 ≤ 1 s ✗";
  const ok = stats(ratios).median >= goal && p99Ok;
  return `≥ ${goal.toFixed(2)}, p99 ≤ 1 s ${ok ? "✓" : "✗"}`;
}

async function main() {
  const { base, stop } = await startProductionServer({ API_RATE_LIMIT_PER_MINUTE: "1000000000" }, REFERENCE);
  try {
    const offerId = await firstPublishedOfferId(base);
    const routes = [REFERENCE, ...Object.keys(TARGETS).map((route) => route.replace("{id}", offerId))];
    // One short warm-up per route: the first render compiles nothing in production, but fills caches.
    for (const route of routes) await autocannon({ url: base + route, connections: 5, amount: 50 });

    const samples = new Map<string, Sample[]>(routes.map((r) => [r, []]));
    const ratios = new Map<string, number[]>(routes.map((r) => [r, []]));
    for (let run = 1; run <= RUNS; run++) {
      const round = new Map<string, Sample>();
      for (const route of routes) {
        const sample = await load(base + route);
        round.set(route, sample);
        samples.get(route)!.push(sample);
        console.error(`round ${run}: ${route} ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms, ${sample.errors} errors`);
      }
      for (const route of routes) ratios.get(route)!.push(round.get(route)!.rps / round.get(REFERENCE)!.rps);
    }

    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per route and round, ${RUNS} interleaved rounds; min / median / max`);
    console.log("| route | req/s | p50 ms | p99 ms | errors | ratio to reference | goal |");
    console.log("|---|---|---|---|---|---|---|");
    for (const route of routes) {
      const s = samples.get(route)!;
      const name = route === REFERENCE ? `${route} (reference)` : route.replace(offerId, "{id}");
      const errors = s.reduce((n, x) => n + x.errors, 0);
      console.log(
        `| \`${name}\` | ${fmt(s.map((x) => x.rps))} | ${fmt(s.map((x) => x.p50))} | ${fmt(s.map((x) => x.p99))} | ${errors} | ${fmt(ratios.get(route)!, 3)} | ${verdict(TARGETS[name], ratios.get(route)!, s, errors)} |`,
      );
    }
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
