// Limits of a CV upload, shared by the forms (early check in the browser) and lib/server/files/cv.ts.
/** Largest CV accepted, in bytes (5 MiB). */
export const CV_MAX_BYTES = 5 * 1024 * 1024;
/** For <input type="file" accept>: a hint to the file picker only; the server checks the bytes. */
export const CV_ACCEPT = "application/pdf,.pdf";
