import "server-only";
import type { FileStore } from "./store";

const contentTypeOf = (name: string) => (name.toLowerCase().endsWith(".pdf") ? "application/pdf" : "application/octet-stream");

export interface CopyReport {
  copied: string[];
  skipped: string[];
}

/**
 * Copies every file of one store that the other lacks (by name: names are random UUIDs, so a name
 * already there is the same file), checking each copy's bytes; running it again copies nothing.
 * The source is left as it is.
 */
export async function copyMissingFiles(from: FileStore, to: FileStore): Promise<CopyReport> {
  const report: CopyReport = { copied: [], skipped: [] };
  for (const name of await from.list()) {
    if (await to.has(name)) {
      report.skipped.push(name);
      continue;
    }
    const bytes = await from.get(name);
    await to.put(name, bytes, contentTypeOf(name));
    if (!(await to.get(name)).equals(bytes)) throw new Error(`${name}: the copy's bytes differ`);
    report.copied.push(name);
  }
  return report;
}
