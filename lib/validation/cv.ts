import { z } from "zod";

// Limits of a CV upload, shared by the forms (early check in the browser) and lib/server/files/cv.ts.
export { CV_ACCEPT, CV_MAX_BYTES } from "@/lib/forms/limits";

type UploadedFile = { name: string; size: number; type: string; arrayBuffer(): Promise<ArrayBuffer> };

const isUploadedFile = (v: unknown): v is UploadedFile =>
  typeof v === "object" && v !== null && "arrayBuffer" in v && typeof (v as UploadedFile).size === "number" && typeof (v as UploadedFile).name === "string";

/**
 * A file input the user left empty still sends an empty part with filename "". React's decoder
 * of fetch-submitted forms turns that missing name into the string "undefined", so both mean
 * "no file". A chosen file that is empty keeps its real name and is refused by the storage check.
 */
export function isNoFileChosen(file: UploadedFile): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}

/** An optional file field: the File when one was chosen, undefined when not. Content is checked on the server. */
export const optionalUploadSchema = z
  .unknown()
  .refine((v) => v === undefined || v === "" || isUploadedFile(v), "validation.cvNotPdf")
  .transform((v) => (isUploadedFile(v) && !isNoFileChosen(v) ? (v as File) : undefined));
