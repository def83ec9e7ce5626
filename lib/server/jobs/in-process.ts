import "server-only";
import { env } from "../env";
import { log } from "../log";
import { startWorker, type WorkerHandle } from "./worker";

// The worker inside `next start` / `next dev` (WORKER=in-process, the default): one per process,
// stopped with the process so a running job finishes instead of waiting for its lease to expire.
const globalForWorker = globalThis as unknown as { dotWorker?: WorkerHandle };

export function startInProcessWorker(): void {
  if (env.WORKER !== "in-process" || globalForWorker.dotWorker) return;
  const worker = startWorker({ pollMs: 500 });
  globalForWorker.dotWorker = worker;
  const stop = (signal: NodeJS.Signals) => {
    log("info", "worker.signal", { signal });
    void worker.stop().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
