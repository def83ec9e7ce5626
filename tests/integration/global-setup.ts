import { recreateDatabase } from "./migrate";
import { WORKER_SLOTS, workerDatabaseUrl } from "./db-urls";

// A fresh, migrated database per worker slot before the suite runs.
export default async function globalSetup() {
  for (let slot = 1; slot <= WORKER_SLOTS; slot++) await recreateDatabase(workerDatabaseUrl(slot));
}
