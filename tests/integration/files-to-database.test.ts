import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { copyMissingFiles } from "@/lib/server/files/copy-files";
import { DatabaseFileStore } from "@/lib/server/files/database-store";
import { LocalFileStore } from "@/lib/server/files/local-store";
import { provider } from "./db-urls";

// An install with CVs in STORAGE_DIR moves them into StoredFile before it
// switches to FILE_STORE=database; running the mover again copies nothing.
const A = "cv-00000000-0000-4000-8000-00000000000a.pdf";
const B = "cv-00000000-0000-4000-8000-00000000000b.pdf";
const pdf = (text: string) => Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from(text), Buffer.from([0, 255, 128])]);

function localFiles(files: Record<string, Buffer>): string {
  const storage = mkdtempSync(path.join(tmpdir(), "dot-move-"));
  mkdirSync(path.join(storage, "cv"));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(storage, "cv", name), bytes);
  return storage;
}

const database = new DatabaseFileStore(prisma);
beforeEach(() => prisma.storedFile.deleteMany());

describe(`files:to-database on ${provider}`, () => {
  it("copies the files the database lacks, byte for byte, skips the others and ignores half-written ones", async () => {
    const storage = localFiles({ [A]: pdf("a"), [B]: pdf("b"), [`.${A}.1234.part`]: pdf("half") });
    await database.put(B, pdf("b"), "application/pdf");
    const local = new LocalFileStore(path.join(storage, "cv"));
    expect(await copyMissingFiles(local, database)).toEqual({ copied: [A], skipped: [B] });
    expect((await database.get(A)).equals(pdf("a"))).toBe(true);
    expect(await prisma.storedFile.findUnique({ where: { name: A }, select: { contentType: true, size: true } })).toEqual({
      contentType: "application/pdf",
      size: pdf("a").length,
    });
    expect(await copyMissingFiles(local, database)).toEqual({ copied: [], skipped: [A, B] });
    expect(await local.list()).toEqual([A, B]);
  });

  it("npm run files:to-database does the same from STORAGE_DIR, and a second run copies nothing", async () => {
    const storage = localFiles({ [A]: pdf("a"), [B]: pdf("b") });
    const run = () =>
      spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/files-to-database.ts"], {
        env: { ...process.env, DB_PROVIDER: provider, DATABASE_URL: process.env.DATABASE_URL!, STORAGE_DIR: storage },
        encoding: "utf8",
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain("✓ 2 files copied");
    expect(await database.list()).toEqual([A, B]);
    expect((await database.get(B)).equals(pdf("b"))).toBe(true);
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("✓ 0 files copied");
    expect(second.stdout).toContain("2 files already there");
  }, 60_000);
});
