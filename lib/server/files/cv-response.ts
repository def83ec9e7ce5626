import "server-only";
import { CHOOSE_PASSWORD_PATH, getCurrentUser, type CurrentUser } from "../auth/session";
import { NotFoundError } from "../errors";
import { readCv } from "./cv";
import type { CvRef } from "../services/cv-access";

// RFC 5987 / 6266: a plain ASCII filename for old clients, and the real name UTF-8 encoded.
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The PDF as a download that is never cached, sniffed into something else, or run as a page. */
export function pdfAttachment(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET handler body shared by the CV routes: anonymous → sign-in, then the service decides who may
 * see which CV; anything refused or missing is a plain 404 (another tenant's id looks like no id).
 */
export async function serveCv(returnTo: string, find: (user: CurrentUser) => Promise<CvRef>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`, "Cache-Control": "no-store" } });
  }
  if (user.mustChangePassword) {
    return new Response(null, { status: 303, headers: { Location: CHOOSE_PASSWORD_PATH, "Cache-Control": "no-store" } });
  }
  try {
    const ref = await find(user);
    return pdfAttachment(await readCv(ref.storedName), ref.fileName);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
