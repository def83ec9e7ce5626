// The throughput table of the scale-out test from the JSON lines of scripts/scale-out/throughput.mjs:
// target × instances → median req/s over the runs, p99, non-2xx and errors summed, ratio to 1 instance,
// and the CPU the instances, PostgreSQL and the whole machine used during the runs (median, % of one core):
// the machine is shared, so what the instances did not get shows there.
//   node scripts/scale-out/report.mjs runs.jsonl
import { readFileSync } from "node:fs";

const lines = readFileSync(process.argv[2] ?? "scale-out-runs.jsonl", "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const cpu = (runs, field) => median(runs.map((r) => r[field] ?? 0)).toFixed(0);

const cells = new Map();
for (const l of lines) {
  const key = `${l.target}\u0000${l.instances}`;
  if (!cells.has(key)) cells.set(key, []);
  cells.get(key).push(l);
}

const header = ["target", "instances", "req/s (median)", "runs", "p99 ms (median)", "non-2xx", "errors", "ratio to 1", "CPU % instances / postgres / machine"];
const oneInstance = new Map();
for (const [key, runs] of cells) {
  const [target, instances] = key.split("\u0000");
  if (instances === "1") oneInstance.set(target, median(runs.map((r) => r.rps)));
}
const rows = [];
for (const [key, runs] of cells) {
  const [target, instances] = key.split("\u0000");
  const rps = median(runs.map((r) => r.rps));
  const base = oneInstance.get(target);
  rows.push([
    target,
    instances,
    rps.toFixed(0),
    String(runs.length),
    median(runs.map((r) => r.p99)).toFixed(0),
    String(runs.reduce((n, r) => n + r.non2xx, 0)),
    String(runs.reduce((n, r) => n + r.errors + r.timeouts, 0)),
    base ? `${(rps / base).toFixed(2)}×` : "–",
    `${cpu(runs, "cpuInstances")} / ${cpu(runs, "cpuPostgres")} / ${cpu(runs, "cpuMachine")} of ${runs[0].cores * 100}`,
  ]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]) || Number(a[1]) - Number(b[1]));

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const format = (cols) => `| ${cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
console.log(format(header));
console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "-") + "-".repeat(w) + (i === 0 ? "-" : ":")).join("|")}|`);
for (const r of rows) console.log(format(r));
