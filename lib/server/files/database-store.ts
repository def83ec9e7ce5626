import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { NotFoundError } from "../errors";
import { existingName, isFileName, newName, type FileStore } from "./store";

// Prisma hands Bytes back as a Uint8Array; a Buffer over the same memory avoids a second copy.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Files as rows of StoredFile (bytea on PostgreSQL, BLOB on SQLite): every instance sees the same
 * files, and backups, restores and transactions treat them with the rows that name them.
 * Each file is read and written whole, which suits CVs of at most 5 MiB
 * (docs/decisions/0013-shared-files.md).
 */
export class DatabaseFileStore implements FileStore {
  constructor(private readonly db: PrismaClient) {}

  async put(name: string, bytes: Buffer, contentType: string): Promise<void> {
    newName(name);
    // Prisma's type wants an ArrayBuffer-backed array; a Buffer is one (never a SharedArrayBuffer here).
    const data = { contentType, size: bytes.length, bytes: bytes as Uint8Array<ArrayBuffer> };
    await this.db.storedFile.upsert({ where: { name }, create: { name, ...data }, update: data });
  }

  async get(name: string): Promise<Buffer> {
    const row = await this.db.storedFile.findUnique({ where: { name: existingName(name) }, select: { bytes: true } });
    if (!row) throw new NotFoundError();
    return asBuffer(row.bytes);
  }

  async has(name: string): Promise<boolean> {
    if (!isFileName(name)) return false;
    return (await this.db.storedFile.count({ where: { name } })) > 0;
  }

  async copy(from: string, to: string): Promise<void> {
    const source = await this.db.storedFile.findUnique({ where: { name: existingName(from) }, select: { contentType: true, bytes: true } });
    if (!source) throw new NotFoundError();
    await this.put(newName(to), asBuffer(source.bytes), source.contentType);
  }

  async delete(name: string): Promise<void> {
    await this.db.storedFile.deleteMany({ where: { name: existingName(name) } });
  }

  async list(): Promise<string[]> {
    const rows = await this.db.storedFile.findMany({ select: { name: true }, orderBy: { name: "asc" } });
    return rows.map((r) => r.name);
  }
}
