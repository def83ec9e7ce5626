// CPU time on Linux from /proc, to tell in the table whether the instances or the machine were the
// bound: the machine is shared (2 cores here), and the load generator and nginx run on it too.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** Busy and total ticks of all cores (the "cpu" line of /proc/stat). */
function machineTicks() {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((a, b) => a + b, 0);
  const idle = fields[3] + (fields[4] ?? 0); // idle + iowait
  return { busy: total - idle, total };
}

/** utime + stime of a process, 0 once it is gone. */
function processTicks(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The processes of the PostgreSQL server (every database on it: other work shows there too). */
function postgresPids() {
  const pids = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Starts measuring; the returned function gives { instances, postgres, machine, cores } in % of one core. */
export function cpuMeter(pids) {
  const started = Date.now();
  const machine0 = machineTicks();
  const own0 = pids.reduce((n, pid) => n + processTicks(pid), 0);
  const pg0 = new Map(postgresPids().map((pid) => [pid, processTicks(pid)]));
  return () => {
    const seconds = (Date.now() - started) / 1000;
    const machine1 = machineTicks();
    const cores = Math.round((machine1.total - machine0.total) / TICKS_PER_SECOND / seconds);
    const own = pids.reduce((n, pid) => n + processTicks(pid), 0) - own0;
    // A backend started during the run counts from zero; one that ended is lost (a short query),
    // also when it ends between the listing and the reading (never a negative share).
    const pg = postgresPids().reduce((n, pid) => n + Math.max(0, processTicks(pid) - (pg0.get(pid) ?? 0)), 0);
    const percent = (ticks) => (100 * ticks) / TICKS_PER_SECOND / seconds;
    return {
      instances: percent(own),
      postgres: percent(pg),
      machine: percent(machine1.busy - machine0.busy),
      cores,
    };
  };
}
