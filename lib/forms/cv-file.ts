import { CV_MAX_BYTES } from "./limits";
import { messageKey } from "./message-key";

// The browser's early check of a chosen CV (components/forms/use-cv-check.tsx); the server checks
// the bytes again (lib/server/files/cv.ts).

const MB = 1024 * 1024;

/** Size in MB with one decimal, rounded up so a file just over the limit never reads as the limit. */
export const megabytes = (bytes: number) => (Math.ceil((bytes / MB) * 10) / 10).toFixed(1);

/** Why `file` cannot be sent as a CV (a message key with its values), or null. */
export function cvFileProblem(file: { name: string; size: number; type: string }): string | null {
  const pdf = file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");
  if (!pdf) return messageKey("upload.notPdf", { name: file.name });
  if (file.size > CV_MAX_BYTES) return messageKey("upload.tooLarge", { name: file.name, size: megabytes(file.size), max: CV_MAX_BYTES / MB });
  if (file.size === 0) return "validation.cvEmpty";
  return null;
}
