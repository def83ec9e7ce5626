// Runs in each worker before its test files import anything: point the app's Prisma client
// at this worker's own database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { workerDatabaseUrl } from "./db-urls";

process.env.DATABASE_URL = workerDatabaseUrl(process.env.VITEST_POOL_ID ?? "1");

// Uploaded files (CVs) go to a throw-away folder per test file, never the project's storage/.
const storageDir = mkdtempSync(path.join(tmpdir(), "dot-storage-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
