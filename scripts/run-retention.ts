// `npm run retention`: runs one retention pass now (lib/server/services/retention/service.ts) and makes
// sure the daily `retention` job is queued (the worker's start does that too). Prints the counts;
// a second run right after removes nothing.
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true }); // .env, without overriding what is set; before the app reads it
  const { prisma } = await import("@/lib/server/db");
  const { runRetention } = await import("@/lib/server/services/retention/service");
  const { RETENTION_INTERVAL_MS, scheduleRetention } = await import("@/lib/server/jobs/queue");
  try {
    const run = await runRetention();
    const c = run.counts;
    console.log(
      `• retention (CVs after ${run.settings.cvMonths} months): ${c.cvs} CVs, ${c.accounts} unverified accounts (${c.accountsKept} kept), ` +
        `${c.authTokens} expired links, ${c.throttleCounters} throttle counters removed; ${c.cvFailures} files could not be deleted`,
    );
    await scheduleRetention(prisma, new Date(run.finishedAt.getTime() + RETENTION_INTERVAL_MS));
    if (c.cvFailures > 0) process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
