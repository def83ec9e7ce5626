// npm run db:seed — fills the database named by DATABASE_URL / DB_PROVIDER with the demo data set
// (prisma/seed). Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { env } from "@/lib/server/env";
import { prisma } from "@/lib/server/db";
// "./seed/index", not "./seed": from this file, "./seed" would resolve to prisma/seed.ts itself.
import { seedDatabase } from "./seed/index";

async function main() {
  // Demo accounts share a published password: never seed production by accident.
  if (env.NODE_ENV === "production" && process.env.SEED_ALLOW_PRODUCTION !== "1") {
    console.error("Refusing to seed with NODE_ENV=production (set SEED_ALLOW_PRODUCTION=1 to override).");
    process.exitCode = 1;
    return;
  }
  // `npm start` seeds only an empty database, so a portal in use is never topped up with demo rows.
  if (process.argv.includes("--if-empty") && (await prisma.user.count()) > 0) {
    console.log("• database already has data: seed skipped");
    return;
  }
  await seedDatabase(prisma);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
