// Measures how the server treats oversized JSON bodies (not part of `npm test`):
//   npx tsx scripts/body-limit-check.ts http://127.0.0.1:3000 <server pid>
// 1. one 50 MB JSON body with a Content-Length: status and time to the answer;
// 2. the same sent chunked (no Content-Length);
// 3. eight 50 MB bodies in parallel (half of them chunked): the server's resident memory before,
//    at its peak (sampled every 20 ms from /proc) and after.
import { readFileSync } from "node:fs";
import { postOversized } from "./oversized-post";

const [base = "http://127.0.0.1:3000", pid] = process.argv.slice(2);
const url = new URL("/api/v1/checks/activities", base);
const size = 50 * 1024 * 1024;

function rssMb(): number {
  if (!pid) return NaN;
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;
}

async function main() {
  const one = await postOversized(url, { size, chunked: false });
  console.log(`50 MB with Content-Length: ${one.status} in ${one.ms.toFixed(0)} ms`);
  const chunked = await postOversized(url, { size, chunked: true });
  console.log(`50 MB chunked:             ${chunked.status} in ${chunked.ms.toFixed(0)} ms`);

  await new Promise((r) => setTimeout(r, 1000));
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: 8 }, (_, i) => postOversized(url, { size, chunked: i % 2 === 1 })));
  const all = performance.now() - started;
  await new Promise((r) => setTimeout(r, 500));
  clearInterval(sampler);
  console.log(`8 in parallel: ${results.map((r) => r.status).join(" ")}, all answered in ${all.toFixed(0)} ms`);
  if (pid)
    console.log(`server RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB), after ${rssMb().toFixed(0)} MB`);
}

void main();
