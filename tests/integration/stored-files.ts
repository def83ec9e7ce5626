// Tests look at stored files through whichever store is active (FILE_STORE), never at a folder.
import { afterAll, beforeAll } from "vitest";
import { env } from "@/lib/server/env";
import { fileStore } from "@/lib/server/files/file-store";

export const storedFileNames = () => fileStore().list();

export async function clearStoredFiles(): Promise<void> {
  const store = fileStore();
  for (const name of await store.list()) await store.delete(name);
}

export const FILE_STORES = ["local", "database"] as const;

/** Runs the enclosing describe with FILE_STORE switched (env is read at every fileStore() call). */
export function useFileStore(kind: (typeof FILE_STORES)[number]): void {
  let previous = env.FILE_STORE;
  beforeAll(() => {
    previous = env.FILE_STORE;
    env.FILE_STORE = kind;
  });
  afterAll(() => {
    env.FILE_STORE = previous;
  });
}
