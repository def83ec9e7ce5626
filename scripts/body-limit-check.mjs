// Measures how the server treats oversized JSON bodies (not part of `npm test`):
//   node scripts/body-limit-check.mjs http://127.0.0.1:3000 <server pid>
// 1. one 50 MB JSON body (with Content-Length): status and time to the answer;
// 2. the same sent chunked (no Content-Length): status and time;
// 3. eight 50 MB bodies in parallel: the server's resident memory before, peak during (VmHWM
//    reset is not possible, so RSS is sampled every 20 ms) and after.
import http from "node:http";
import { readFileSync } from "node:fs";

const [base = "http://127.0.0.1:3000", pid] = process.argv.slice(2);
const url = new URL("/api/v1/checks/activities", base);
const SIZE = 50 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

function rssMb() {
  if (!pid) return NaN;
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

/** Sends SIZE bytes in 1 MB writes; resolves at the answer's status line (the upload may still be going). */
function post({ chunked }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers = { "content-type": "application/json", ...(chunked ? {} : { "content-length": String(SIZE) }) };
    const req = http.request(url, { method: "POST", headers }, (res) => {
      const ms = performance.now() - started;
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, ms }));
      res.on("error", () => resolve({ status: res.statusCode, ms }));
    });
    req.on("error", (error) => resolve({ status: `error ${error.code}`, ms: performance.now() - started }));
    let sent = 0;
    const write = () => {
      while (sent < SIZE) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}

const one = await post({ chunked: false });
console.log(`50 MB with Content-Length: ${one.status} in ${one.ms.toFixed(0)} ms`);
const chunked = await post({ chunked: true });
console.log(`50 MB chunked:             ${chunked.status} in ${chunked.ms.toFixed(0)} ms`);

await new Promise((r) => setTimeout(r, 1000));
const before = rssMb();
let peak = before;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
const started = performance.now();
const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post({ chunked: i % 2 === 1 })));
const all = performance.now() - started;
await new Promise((r) => setTimeout(r, 500));
clearInterval(sampler);
console.log(`8 in parallel: ${results.map((r) => r.status).join(" ")}, all answered in ${all.toFixed(0)} ms`);
if (pid) console.log(`server RSS: before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)} MB), after ${rssMb().toFixed(0)} MB`);
