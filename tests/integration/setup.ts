// Runs in each worker before its test files import anything: point the app's Prisma client
// at this worker's own database.
import { workerDatabaseUrl } from "./db-urls";

process.env.DATABASE_URL = workerDatabaseUrl(process.env.VITEST_POOL_ID ?? "1");
