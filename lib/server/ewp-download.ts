import "server-only";
import { NO_STORE } from "@/lib/security/headers";
import type { EwpFile } from "./services/ewp";

/** An EWP XML file as a download (personal data: never cached). */
export function ewpFileResponse(file: EwpFile): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": NO_STORE,
      "X-Record-Count": String(file.count),
    },
  });
}
