import { mkdtempSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { DatabaseFileStore } from "@/lib/server/files/database-store";
import { LocalFileStore, localFilesDirectory } from "@/lib/server/files/local-store";
import type { FileStore } from "@/lib/server/files/store";
import { provider } from "./db-urls";

// Both file stores (docs/decisions/0013) keep the same contract, on whichever database this run uses.
const localDirectory = () => mkdtempSync(path.join(tmpdir(), "dot-files-"));
const STORES: [string, () => FileStore][] = [
  ["local", () => new LocalFileStore(localDirectory())],
  ["database", () => new DatabaseFileStore(prisma)],
];

const NAME = "cv-00000000-0000-4000-8000-000000000001.pdf";
const OTHER = "cv-00000000-0000-4000-8000-000000000002.pdf";
const BAD_NAMES = ["../x.pdf", "a/b.pdf", "/etc/passwd", ".hidden", "..", ".", "", "a\u0000b", "cv x.pdf", "x".repeat(201)];
// Every byte value, and enough of them to pass any inline-storage threshold.
const bytesOf = (seed: number, length = 300_000) => Buffer.from(Array.from({ length }, (_, i) => (i * 31 + seed) % 256));

describe.each(STORES)(`the %s file store on ${provider}`, (_kind, make) => {
  let store: FileStore;
  beforeEach(async () => {
    await prisma.storedFile.deleteMany();
    store = make();
  });

  it("gives back exactly the bytes put, lists and knows the name; put replaces", async () => {
    const bytes = bytesOf(7);
    await store.put(NAME, bytes, "application/pdf");
    expect((await store.get(NAME)).equals(bytes)).toBe(true);
    expect(await store.has(NAME)).toBe(true);
    expect(await store.has(OTHER)).toBe(false);
    expect(await store.list()).toEqual([NAME]);
    const empty = Buffer.alloc(0);
    await store.put(OTHER, empty, "application/pdf");
    expect((await store.get(OTHER)).length).toBe(0);
    await store.put(NAME, bytesOf(9, 10), "application/pdf");
    expect((await store.get(NAME)).equals(bytesOf(9, 10))).toBe(true);
    expect(await store.list()).toEqual([NAME, OTHER]);
  });

  it("copies into an independent file: deleting or replacing the original leaves the copy", async () => {
    await store.put(NAME, bytesOf(1), "application/pdf");
    await store.copy(NAME, OTHER);
    await store.put(NAME, bytesOf(2), "application/pdf");
    expect((await store.get(OTHER)).equals(bytesOf(1))).toBe(true);
    await store.delete(NAME);
    expect((await store.get(OTHER)).equals(bytesOf(1))).toBe(true);
  });

  it("a missing file is NotFoundError to get and copy; deleting is idempotent", async () => {
    await expect(store.get(NAME)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.copy(NAME, OTHER)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.has(OTHER)).toBe(false);
    await store.delete(NAME);
    await store.put(NAME, bytesOf(3, 10), "application/pdf");
    await store.delete(NAME);
    await store.delete(NAME);
    await expect(store.get(NAME)).rejects.toBeInstanceOf(NotFoundError);
    expect(await store.list()).toEqual([]);
  });

  it.each(BAD_NAMES)("refuses the name %j everywhere", async (name) => {
    await expect(store.put(name, bytesOf(4, 10), "application/pdf")).rejects.toThrow(/Not a stored file name/);
    await expect(store.get(name)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.delete(name)).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.copy(name, OTHER)).rejects.toBeInstanceOf(NotFoundError);
    await store.put(NAME, bytesOf(4, 10), "application/pdf");
    await expect(store.copy(NAME, name)).rejects.toThrow(/Not a stored file name/);
    expect(await store.has(name)).toBe(false);
    expect(await store.list()).toEqual([NAME]);
  });
});

describe("the local file store's folder", () => {
  it("is under STORAGE_DIR, outside public/; files 0600 in a 0700 folder, no temporary files left", async () => {
    expect(localFilesDirectory().startsWith(path.resolve(process.env.STORAGE_DIR!))).toBe(true);
    expect(localFilesDirectory()).not.toContain(`${path.sep}public${path.sep}`);
    const directory = path.join(localDirectory(), "cv");
    const store: FileStore = new LocalFileStore(directory);
    await store.put(NAME, bytesOf(5, 10), "application/pdf");
    await store.copy(NAME, OTHER);
    expect((await stat(directory)).mode & 0o777).toBe(0o700);
    for (const name of [NAME, OTHER]) expect((await stat(path.join(directory, name))).mode & 0o077).toBe(0);
    expect(await readdir(directory)).toEqual([NAME, OTHER]);
  });
});

describe("the database file store's rows", () => {
  it("record the content type and the size", async () => {
    await prisma.storedFile.deleteMany();
    await new DatabaseFileStore(prisma).put(NAME, bytesOf(6, 1234), "application/pdf");
    expect(await prisma.storedFile.findUnique({ where: { name: NAME }, select: { contentType: true, size: true } })).toEqual({
      contentType: "application/pdf",
      size: 1234,
    });
  });
});
