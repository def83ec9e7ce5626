import "server-only";
import { crc32, deflateRawSync } from "node:zlib";

// A ZIP archive (PKWARE APPNOTE 6.3, the subset every unzip reads): deflated entries, UTF-8
// names (general-purpose flag bit 11), no ZIP64 — so at most 65,535 entries and 4 GiB, far above
// a person's data export or an XLSX workbook. Built in memory: both are a few MiB at most.

export type ZipEntry = { name: string; data: Buffer | string; modified?: Date };

const UTF8_FLAG = 0x0800;
const DEFLATE = 8;
const MAX_ENTRIES = 0xffff;
const MAX_SIZE = 0xffffffff;

/** MS-DOS date and time, as ZIP stores them (two-second resolution, local fields from UTC). */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Entry names are relative paths with "/" separators: no leading "/", no "..", no backslash. */
export function isSafeZipName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length < 512 &&
    !name.startsWith("/") &&
    !name.includes("\\") &&
    !name.split("/").some((part) => part === ".." || part === "") &&
    !/[\u0000-\u001f]/.test(name)
  );
}

export function zip(entries: readonly ZipEntry[], now: Date = new Date()): Buffer {
  if (entries.length > MAX_ENTRIES) throw new Error("too many entries for a ZIP without ZIP64");
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (!isSafeZipName(entry.name)) throw new Error(`unsafe ZIP entry name: ${JSON.stringify(entry.name)}`);
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : entry.data;
    const packed = deflateRawSync(raw);
    if (raw.length > MAX_SIZE || offset > MAX_SIZE) throw new Error("ZIP too large without ZIP64");
    const crc = crc32(raw);
    const { time, date } = dosDateTime(entry.modified ?? now);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, packed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: UNIX, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);

    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
