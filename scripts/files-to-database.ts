// `npm run files:to-database`: copies every file of the local store (STORAGE_DIR/cv) that the
// StoredFile table lacks into it, so a one-machine install can switch to FILE_STORE=database
// (docs/decisions/0013-shared-files.md). Idempotent; the local files stay until you remove them.
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true }); // .env, without overriding what is set; before the app reads it
  const { prisma } = await import("@/lib/server/db");
  const { copyMissingFiles } = await import("@/lib/server/files/copy-files");
  const { DatabaseFileStore } = await import("@/lib/server/files/database-store");
  const { LocalFileStore } = await import("@/lib/server/files/local-store");
  try {
    const local = new LocalFileStore();
    const report = await copyMissingFiles(local, new DatabaseFileStore(prisma));
    const files = (n: number) => `${n} file${n === 1 ? "" : "s"}`;
    console.log(`✓ ${files(report.copied.length)} copied from ${local.directory} into the database, ${files(report.skipped.length)} already there`);
    console.log("  Set FILE_STORE=database and restart; keep the folder until a backup with FILE_STORE=database is made.");
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
