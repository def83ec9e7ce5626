// `npm run worker`: runs the job worker alone (mails, saved-search alerts, the daily retention
// pass; lib/server/jobs), for deployments where the web instances run with WORKER=off. Any number
// may run at once.
//   npm run worker             polls until SIGTERM / SIGINT, then finishes the job in hand
//   npm run worker -- --drain  runs every job due now and exits (cron, or after an outage)
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true }); // .env, without overriding what is set; before the app reads it
  const { prisma } = await import("@/lib/server/db");
  const { drainJobs, startWorker } = await import("@/lib/server/jobs/worker");
  if (process.argv.includes("--drain")) {
    const ran = await drainJobs();
    console.log(`• ${ran} jobs run`);
    await prisma.$disconnect();
    return;
  }
  const worker = startWorker();
  const stop = () => void worker.stop().then(() => prisma.$disconnect());
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
