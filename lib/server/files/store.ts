import "server-only";
import { NotFoundError } from "../errors";

/**
 * Where uploaded files' bytes live (docs/decisions/0013-shared-files.md). Names are flat and
 * chosen by the caller (cv.ts: `cv-<uuid>.pdf`); what a file may contain is checked before put.
 */
export interface FileStore {
  /** Stores the bytes under the name, replacing a file of that name; readers never see half a file. */
  put(name: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes; NotFoundError when there is no such file (or the name is not a file name). */
  get(name: string): Promise<Buffer>;
  has(name: string): Promise<boolean>;
  /** An independent copy under a new name; NotFoundError when the source is absent. */
  copy(from: string, to: string): Promise<void>;
  /** Removes the file; removing an absent one is not an error. */
  delete(name: string): Promise<void>;
  /** Every stored name, sorted. */
  list(): Promise<string[]>;
}

// One path segment of safe characters, never "." or ".." or a hidden name (the local store's
// temporary files start with a dot, so they are never listed or addressed).
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export function isFileName(name: unknown): name is string {
  return typeof name === "string" && FILE_NAME.test(name);
}

/** A name that cannot exist is simply not found (reading, copying from, deleting). */
export function existingName(name: string): string {
  if (!isFileName(name)) throw new NotFoundError();
  return name;
}

/** Writing under a name that is not a file name is a programming error, not a user's. */
export function newName(name: string): string {
  if (!isFileName(name)) throw new Error(`Not a stored file name: ${JSON.stringify(name)}`);
  return name;
}
