import "server-only";
import { randomUUID } from "node:crypto";
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";
import { NotFoundError } from "../errors";
import { existingName, isFileName, newName, type FileStore } from "./store";

/**
 * The local store's folder, outside public/ so no URL reaches a file except the authorising
 * download routes. Named cv/ because CVs were the first files; kept so that existing installs and
 * their backups need no move.
 */
export function localFilesDirectory(): string {
  return path.resolve(env.STORAGE_DIR, "cv");
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Files in one folder of this machine: fine for one instance, not shared by several. */
export class LocalFileStore implements FileStore {
  constructor(readonly directory: string = localFilesDirectory()) {}

  private pathOf(name: string): string {
    return path.join(this.directory, name);
  }

  // Written or copied to a hidden temporary name, then renamed: a reader never sees half a file.
  private async atomically(name: string, write: (temporary: string) => Promise<void>): Promise<void> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const temporary = this.pathOf(`.${name}.${randomUUID()}.part`);
    try {
      await write(temporary);
      await rename(temporary, this.pathOf(name));
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async put(name: string, bytes: Buffer): Promise<void> {
    newName(name);
    await this.atomically(name, (temporary) => writeFile(temporary, bytes, { flag: "wx", mode: 0o600 }));
  }

  async get(name: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(existingName(name)));
    } catch (error) {
      if (isMissing(error)) throw new NotFoundError();
      throw error;
    }
  }

  async has(name: string): Promise<boolean> {
    if (!isFileName(name)) return false;
    return stat(this.pathOf(name)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async copy(from: string, to: string): Promise<void> {
    const source = this.pathOf(existingName(from));
    newName(to);
    try {
      await this.atomically(to, (temporary) => copyFile(source, temporary));
    } catch (error) {
      if (isMissing(error)) throw new NotFoundError();
      throw error;
    }
  }

  async delete(name: string): Promise<void> {
    await rm(this.pathOf(existingName(name)), { force: true });
  }

  async list(): Promise<string[]> {
    const names = await readdir(this.directory).catch((error: unknown) => {
      if (isMissing(error)) return [] as string[];
      throw error;
    });
    return names.filter(isFileName).sort();
  }
}
