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

const notFoundResponse = () =>
  new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET handler body shared by the routes of a signed-in person's files (CVs, the data export):
 * anonymous → sign-in, then `respond` decides who may have which file; anything refused or
 * missing is a plain 404 (another person's id looks like no id).
 */
export async function serveSignedIn(returnTo: string, respond: (user: CurrentUser) => Promise<Response>): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`, "Cache-Control": "no-store" } });
  }
  if (user.mustChangePassword) {
    return new Response(null, { status: 303, headers: { Location: CHOOSE_PASSWORD_PATH, "Cache-Control": "no-store" } });
  }
  try {
    return await respond(user);
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}

/** The CV routes: the service decides who may see which CV. */
export function serveCv(returnTo: string, find: (user: CurrentUser) => Promise<CvRef>): Promise<Response> {
  return serveSignedIn(returnTo, async (user) => {
    const ref = await find(user);
    return pdfAttachment(await readCv(ref.storedName), ref.fileName);
  });
}

/** A ZIP as a download that is never cached or sniffed into something else. */
export function zipAttachment(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
