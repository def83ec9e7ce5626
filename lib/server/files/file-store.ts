import "server-only";
import { prisma } from "../db";
import { env } from "../env";
import { DatabaseFileStore } from "./database-store";
import { LocalFileStore } from "./local-store";
import type { FileStore } from "./store";

/** The store FILE_STORE names: `local` (STORAGE_DIR, one machine) or `database` (shared by every instance). */
export function fileStore(): FileStore {
  return env.FILE_STORE === "database" ? new DatabaseFileStore(prisma) : new LocalFileStore();
}
