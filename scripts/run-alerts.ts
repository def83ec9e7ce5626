// `npm run alerts`: mails every saved search with alerts on about offers published since its last
// alert. Safe to run as often as wanted (e.g. from cron every 15 minutes): a second run sends
// nothing new, and concurrent runs never send the same alert twice.
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true }); // .env, without overriding what is set; before the app reads it
  const { prisma } = await import("@/lib/server/db");
  const { runSearchAlerts } = await import("@/lib/server/services/search-alerts");
  try {
    const run = await runSearchAlerts();
    console.log(`• saved-search alerts: ${run.checked} searches checked, ${run.mailed} mails sent, ${run.failed} failed`);
    if (run.failed > 0) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
