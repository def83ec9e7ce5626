// `npm run alerts`: queues a mail for every saved search with alerts on about offers published
// since its last alert (the job worker sends them). Publishing an offer already queues this run;
// this command is for catching up by hand. A second run queues nothing new, and concurrent runs
// never queue the same alert twice.
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true }); // .env, without overriding what is set; before the app reads it
  const { prisma } = await import("@/lib/server/db");
  const { runSearchAlerts } = await import("@/lib/server/services/search-alerts");
  try {
    const run = await runSearchAlerts();
    console.log(`• saved-search alerts: ${run.checked} searches checked, ${run.mailed} mails queued, ${run.failed} failed`);
    if (run.failed > 0) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
