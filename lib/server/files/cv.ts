import "server-only";
import { randomUUID } from "node:crypto";
import { CV_MAX_BYTES } from "@/lib/validation/cv";
import { ExpectedError, NotFoundError } from "../errors";
import { fileStore } from "./file-store";

export { CV_MAX_BYTES };

// Every PDF starts with this header; the browser's MIME type and the file name are not evidence.
const PDF_MAGIC = Buffer.from("%PDF-", "ascii");
// The only names storeCv ever produces; anything else (a tampered row, "../x") is refused.
const STORED_NAME = /^cv-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.pdf$/;
const MAX_FILE_NAME = 120;
const PDF = "application/pdf";

export type StoredCv = { storedName: string; fileName: string };

export function isStoredCvName(name: unknown): name is string {
  return typeof name === "string" && STORED_NAME.test(name);
}

function checkedName(storedName: string): string {
  if (!isStoredCvName(storedName)) throw new NotFoundError();
  return storedName;
}

const newCvName = () => `cv-${randomUUID()}.pdf`;

/**
 * The uploader's file name made safe to show and to put in a Content-Disposition header: last
 * path segment only, no control or format characters (bidi overrides spoof extensions), none of
 * the characters Windows forbids, bounded length, always ending in ".pdf".
 */
export function sanitiseCvFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  const stem = cleaned
    .replace(/\.pdf$/i, "")
    .replace(/^[.\s]+/, "")
    .trim();
  if (!stem) return "cv.pdf";
  return `${Array.from(stem)
    .slice(0, MAX_FILE_NAME - 4)
    .join("")}.pdf`;
}

/**
 * Checks and stores an uploaded CV under a random name. Refuses an empty file, one over 5 MiB and
 * one that is not a PDF by its first bytes, with a message key for the "cv" field. Only checked
 * bytes reach the file store (FILE_STORE), which never shows a reader half a file.
 */
export async function storeCv(file: File): Promise<StoredCv> {
  if (file.size === 0) throw new ExpectedError("validation.cvEmpty", { field: "cv" });
  // Checked before reading, so an oversized upload is never buffered twice.
  if (file.size > CV_MAX_BYTES) throw new ExpectedError("validation.cvTooLarge", { field: "cv" });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length === 0) throw new ExpectedError("validation.cvEmpty", { field: "cv" });
  if (bytes.length > CV_MAX_BYTES) throw new ExpectedError("validation.cvTooLarge", { field: "cv" });
  if (bytes.length < PDF_MAGIC.length || !bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw new ExpectedError("validation.cvNotPdf", { field: "cv" });
  }
  const storedName = newCvName();
  await fileStore().put(storedName, bytes, PDF);
  return { storedName, fileName: sanitiseCvFileName(file.name) };
}

/** The stored CV's bytes; a bad name or a missing file is "not found". */
export async function readCv(storedName: string): Promise<Buffer> {
  return fileStore().get(checkedName(storedName));
}

/** A separate copy under a new random name, e.g. to keep an application's CV when the profile's changes. */
export async function copyCv(storedName: string): Promise<string> {
  const source = checkedName(storedName);
  const copy = newCvName();
  await fileStore().copy(source, copy);
  return copy;
}

/** Removes a stored CV; removing one that is already gone is not an error. */
export async function deleteCv(storedName: string): Promise<void> {
  await fileStore().delete(checkedName(storedName));
}
