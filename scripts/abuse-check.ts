// Abuse check (not part of npm test): can one anonymous client stall the portal, and how fast
// can it guess passwords? It starts nothing: start the built portal on a loopback port first,
// through the production server (it appends the peer address to X-Forwarded-For), e.g.
//   npm run build && node scripts/server.mjs -H 127.0.0.1 -p 3199
//   npx tsx scripts/abuse-check.ts http://127.0.0.1:3199
// Traffic goes to 127.0.0.1 only, bounded in count and time (about 4 minutes in all):
// 1. the home page's p50 (sequential GET /) with no load, then while one client (its own
//    loopback address, e.g. 127.18.4.77) posts maximal texts (10,000 characters, one long sentence
//    full of evidence: the largest answer) to POST /api/v1/checks/activities at 2 requests/s
//    (the rate of the original finding; what the API limit does not allow is refused),
//    alternated over RUNS runs: min/median/max of both and the ratio during/before. Each idle
//    phase lasts until the attacker's rate window is over, so every attack starts afresh with
//    a full budget (its worst case: the whole budget spent at once);
// 2. password guesses on one account (an address that has no account: the throttle treats it
//    exactly like an existing one, so no real account is locked) from another loopback address, at most
//    GUESS_RATE per second for GUESS_SECONDS: how many guesses were checked, and refused.
import http from "node:http";
import { performance } from "node:perf_hooks";

const base = new URL(process.argv[2] ?? "http://127.0.0.1:3199");
if (!["127.0.0.1", "localhost"].includes(base.hostname)) throw new Error("abuse-check talks to a loopback address only");
const RUNS = 3;
const PHASE_MS = 12_000;
const HOME_GAP_MS = 100;
const ATTACK_INTERVAL_MS = 500;
const GUESS_SECONDS = 40;
const GUESS_RATE = 10;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };

function send(method: string, path: string, options: { localAddress?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: Number(base.port || 80),
        method,
        path,
        localAddress: options.localAddress,
        agent: false,
        headers: { ...options.headers, ...(options.body ? { "content-length": Buffer.byteLength(options.body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }),
        );
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on("error", reject).end(options.body);
  });
}

// Loopback addresses of this run's attacker and guesser (all of 127.0.0.0/8 is loopback on
// Linux): fresh ones, so counters left by an earlier run do not change the figures.
const randomLoopback = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
const ATTACKER = randomLoopback();
const GUESSER = randomLoopback();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/** Sequential GET / for `ms`: the p50 of their times. */
async function homeP50(ms = PHASE_MS): Promise<{ p50: number; count: number }> {
  const times: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const res = await send("GET", "/", { localAddress: "127.0.0.1" });
    if (res.status !== 200) throw new Error(`GET / answered ${res.status}`);
    times.push(res.ms);
    await sleep(HOME_GAP_MS);
  }
  return { p50: median(times), count: times.length };
}

// One sentence, no full stop: every evidence item quotes the whole 10,000 characters.
const MAX_TEXT = "develop software in python and analyse data in excel with power bi and seo ".repeat(140).slice(0, 10_000);

/** The attacker: a maximal text every ATTACK_INTERVAL_MS until stopped; counts the answers. */
function attack() {
  const tally = { ok: 0, refused: 0, other: 0, okMs: [] as number[], bytes: 0, retryAfterSeconds: 0 };
  let running = true;
  const inFlight: Promise<void>[] = [];
  const loop = (async () => {
    while (running) {
      inFlight.push(
        send("POST", "/api/v1/checks/activities", {
          localAddress: ATTACKER,
          body: JSON.stringify({ text: MAX_TEXT }),
          headers: { "content-type": "application/json" },
        }).then((res) => {
          if (res.status === 200) {
            tally.ok++;
            tally.okMs.push(res.ms);
            tally.bytes = res.body.length;
          } else if (res.status === 429) {
            tally.refused++;
            tally.retryAfterSeconds = Number(res.headers["retry-after"] ?? 0);
          } else tally.other++;
        }),
      );
      await sleep(ATTACK_INTERVAL_MS);
    }
  })();
  return {
    tally,
    async stop() {
      running = false;
      await loop;
      await Promise.all(inFlight);
    },
  };
}

async function stallCheck() {
  // Warm-up: first requests compile and fill caches.
  for (let i = 0; i < 5; i++) await send("GET", "/", { localAddress: "127.0.0.1" });
  const before: number[] = [];
  const during: number[] = [];
  let windowLeftMs = 0;
  for (let run = 1; run <= RUNS; run++) {
    const idle = await homeP50(Math.max(PHASE_MS, windowLeftMs + 1000));
    before.push(idle.p50);
    const attacker = attack();
    const loaded = await homeP50();
    await attacker.stop();
    during.push(loaded.p50);
    const { tally } = attacker;
    windowLeftMs = tally.retryAfterSeconds * 1000;
    console.log(
      `run ${run}: / p50 ${fmt(idle.p50)} (${idle.count} requests) → ${fmt(loaded.p50)} (${loaded.count}) under attack; ` +
        `attacker: ${tally.ok} checked (median ${fmt(tally.okMs.length ? median(tally.okMs) : 0)}, ${(tally.bytes / 1e6).toFixed(2)} MB each; ` +
        `at most ${((100 * tally.okMs.reduce((a, b) => a + b, 0)) / PHASE_MS).toFixed(0)}% of the phase), ${tally.refused} refused (429), ${tally.other} other`,
    );
  }
  const ratios = during.map((d, i) => d / before[i]!);
  const line = (name: string, xs: number[], f: (x: number) => string) =>
    `${name}: min ${f(Math.min(...xs))}, median ${f(median(xs))}, max ${f(Math.max(...xs))}`;
  console.log(line("/ p50 before", before, fmt));
  console.log(line("/ p50 during", during, fmt));
  console.log(line("ratio during/before", ratios, (x) => `${x.toFixed(2)}×`));
}

async function guessCheck() {
  const email = `abuse-check.${Date.now()}@example.invalid`;
  const csrf = await send("GET", "/api/auth/csrf", { localAddress: GUESSER });
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const tally = { checked: 0, refused: 0, other: 0 };
  let lastRefusal = "";
  let previousWait = 0;
  const started = performance.now();
  for (let i = 0; performance.now() - started < GUESS_SECONDS * 1000; i++) {
    const due = started + (i * 1000) / GUESS_RATE;
    if (due > performance.now()) await sleep(due - performance.now());
    const body = new URLSearchParams({ csrfToken, email, password: `guess number ${i}`, json: "true" }).toString();
    const res = await send("POST", "/api/auth/callback/credentials", {
      localAddress: GUESSER,
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    });
    const error = new URL(String(res.headers.location ?? JSON.parse(res.body || "{}").url ?? "http://x/"), base).searchParams.get("error") ?? "";
    const wait = Number(/^throttled:(\d+)$/.exec(error)?.[1] ?? 0);
    if (error === "CredentialsSignin") tally.checked++;
    // The guess that locks the account was checked, and is answered with the lock itself (a
    // wait longer than any delay before the lock, where the previous answer had none as long).
    else if (wait >= 60 && previousWait < 60) tally.checked++;
    else if (wait > 0) tally.refused++;
    else tally.other++;
    if (wait > 0) lastRefusal = error;
    previousWait = wait;
  }
  const seconds = (performance.now() - started) / 1000;
  const lockSeconds = Number(/^throttled:(\d+)$/.exec(lastRefusal)?.[1] ?? 0);
  console.log(
    `sign-in guesses on one account at up to ${GUESS_RATE}/s for ${seconds.toFixed(1)} s: ${tally.checked} checked (${(tally.checked / seconds).toFixed(2)} guesses/s allowed), ` +
      `${tally.refused} refused (last answer: ${lastRefusal || "none"}), ${tally.other} other`,
  );
  if (lockSeconds > 0) console.log(`then: next guess accepted in ${lockSeconds} s (≈ ${(1 / lockSeconds).toFixed(4)} guesses/s from here on)`);
}

async function main() {
  console.log(`abuse-check against ${base.origin}`);
  await stallCheck();
  await guessCheck();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
