// One instance count of the throughput table: autocannon against each target in turn, RUNS
// rounds interleaved (a noisy neighbour on the machine then hits every target alike), one JSON
// line per run appended to --out; scripts/scale-out/report.mjs prints the table.
//   node scripts/scale-out/throughput.mjs --instances 2 --seconds 10 --runs 3 --out runs.jsonl
import { appendFileSync } from "node:fs";
import autocannon from "autocannon";
import { option } from "./common.mjs";
import { cpuMeter } from "./cpu.mjs";
import { loadTargets } from "./targets.mjs";

const instances = Number(option("--instances", "1"));
const seconds = Number(option("--seconds", "10"));
const runs = Number(option("--runs", "3"));
const connections = Number(option("--connections", "20"));
const out = option("--out", "scale-out-runs.jsonl");
const pids = option("--pids", "").split(/[ ,]+/).filter(Boolean).map(Number);

const targets = await loadTargets();
// Warm-up: every instance renders each page once (round robin), fills its caches and JIT.
for (const t of targets) await autocannon({ url: t.url, headers: t.headers, connections: 6, amount: 60 });

for (let run = 1; run <= runs; run++) {
  for (const t of targets) {
    const cpu = cpuMeter(pids);
    const r = await autocannon({ url: t.url, headers: t.headers, connections, duration: seconds });
    const used = cpu();
    const line = {
      target: t.name,
      instances,
      run,
      rps: r.requests.average,
      total: r.requests.total,
      non2xx: r.non2xx,
      errors: r.errors,
      timeouts: r.timeouts,
      p50: r.latency.p50,
      p99: r.latency.p99,
      cpuInstances: used.instances,
      cpuPostgres: used.postgres,
      cpuMachine: used.machine,
      cores: used.cores,
    };
    appendFileSync(out, `${JSON.stringify(line)}\n`);
    console.log(
      `  ${instances} instance(s), run ${run}: ${t.name.padEnd(24)} ${r.requests.average.toFixed(0).padStart(5)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}  CPU: instances ${used.instances.toFixed(0)} %, postgres ${used.postgres.toFixed(0)} %, machine ${used.machine.toFixed(0)} % of ${used.cores * 100} %`,
    );
  }
}
