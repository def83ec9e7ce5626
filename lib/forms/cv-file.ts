import { CV_MAX_BYTES } from "./limits";
import { messageKey } from "./message-key";

// The browser's early check of a chosen CV (components/forms/use-cv-check.tsx); the server checks
// the bytes again (lib/server/files/cv.ts).

const MB = 1024 * 1024;

/** Size in MB with one decimal ("6.0"). */
export const megabytes = (bytes: number) => (Math.round((bytes / MB) * 10) / 10).toFixed(1);

/** As megabytes(), but a file just over `maxMb` never reads as the limit itself ("5.01", not "5.0"). */
const overLimit = (bytes: number, maxMb: number) => (Number(megabytes(bytes)) > maxMb ? megabytes(bytes) : (Math.ceil((bytes / MB) * 100) / 100).toFixed(2));

/** Why `file` cannot be sent as a CV (a message key with its values), or null. */
export function cvFileProblem(file: { name: string; size: number; type: string }): string | null {
  const pdf = file.type === "application/pdf" || file.name.toLowerCase().endsWith(".pdf");
  if (!pdf) return messageKey("upload.notPdf", { name: file.name });
  if (file.size > CV_MAX_BYTES)
    return messageKey("upload.tooLarge", { name: file.name, size: overLimit(file.size, CV_MAX_BYTES / MB), max: CV_MAX_BYTES / MB });
  if (file.size === 0) return "validation.cvEmpty";
  return null;
}
