// The fault run: load through nginx on 3 instances, one instance killed with SIGKILL part-way.
// Every response and socket error is timed, so the report can say how many failures fell in the
// kill window (the requests in flight on the dead instance) and how many came after it.
// nginx's access log tells how many requests it passed on to another instance (a retry).
//   node scripts/scale-out/fault-run.mjs --kill-pid 1234 --seconds 12 --kill-at 4 --access-log access.log
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { option } from "./common.mjs";
import { loadTargets } from "./targets.mjs";

const killPid = Number(option("--kill-pid"));
const seconds = Number(option("--seconds", "12"));
const killAt = Number(option("--kill-at", "4")) * 1000;
const windowMs = Number(option("--window", "2")) * 1000;
const accessLog = option("--access-log");
if (!killPid) throw new Error("--kill-pid is required");

// The search: it renders per request, so several requests are in flight on every instance.
const target = (await loadTargets()).find((t) => t.name.startsWith("search"));
const events = []; // [ms since start, "ok" | "non-2xx" | "error"]
let killedAt = null;

const started = Date.now();
const instance = autocannon({ url: target.url, headers: target.headers, connections: 20, duration: seconds });
instance.on("response", (_client, status) => events.push([Date.now() - started, status >= 200 && status < 300 ? "ok" : "non-2xx"]));
instance.on("reqError", () => events.push([Date.now() - started, "error"]));
const timer = setTimeout(() => {
  killedAt = Date.now() - started;
  process.kill(killPid, "SIGKILL");
}, killAt);
const result = await instance;
clearTimeout(timer);

const failed = events.filter(([, kind]) => kind !== "ok");
const inWindow = failed.filter(([t]) => killedAt !== null && t >= killedAt && t < killedAt + windowMs);
const killSeconds = killedAt === null ? null : (started + killedAt) / 1000;

// Access log lines: "<msec> <status> <upstream_addr> <upstream_status>", a retry lists two upstreams.
let retried = 0;
let retriedOk = 0;
if (accessLog && killSeconds !== null) {
  for (const line of readFileSync(accessLog, "utf8").split("\n")) {
    const [msec, status, ...upstream] = line.split(" ");
    if (Number(msec) * 1000 < started || !upstream.join(" ").includes(",")) continue;
    retried++;
    if (status.startsWith("2")) retriedOk++;
  }
}

console.log(`  load: ${target.name}, 20 connections for ${seconds} s; instance pid ${killPid} killed (SIGKILL) at ${(killedAt / 1000).toFixed(1)} s`);
console.log(`  requests answered:            ${result.requests.total} (${result["2xx"]} 2xx)`);
console.log(`  non-2xx responses:            ${result.non2xx}`);
console.log(`  socket errors / timeouts:     ${result.errors} / ${result.timeouts}`);
console.log(`  failures in the kill window:  ${inWindow.length} (from the kill to ${windowMs / 1000} s after)`);
console.log(`  failures outside that window: ${failed.length - inWindow.length}`);
if (accessLog) console.log(`  nginx passed to another instance: ${retried} request(s), ${retriedOk} of them answered 2xx`);
