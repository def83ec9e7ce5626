// `npm run admin:create -- --email it@agency.example --name "Ana Ferreira"`: creates an
// administrator with a one-time password, printed once here and stored nowhere but as a hash.
// The first sign-in asks for a new password. For an empty production database.
// Run with `tsx --conditions=react-server` so "server-only" imports resolve.
import { parseArgs } from "node:util";
import { config as loadDotEnv } from "dotenv";

async function main() {
  loadDotEnv({ quiet: true });
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, locale: { type: "string" } } });
  if (!values.email || !values.name) {
    console.error('Usage: npm run admin:create -- --email <address> --name "<full name>" [--locale de]');
    process.exitCode = 2;
    return;
  }
  const { prisma } = await import("@/lib/server/db");
  const { createAdministrator } = await import("@/lib/server/services/administrators");
  try {
    const { password } = await createAdministrator({ email: values.email, name: values.name, locale: values.locale });
    console.log(`• Administrator ${values.email} created. One-time password (shown only now): ${password}`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
