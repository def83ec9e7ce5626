import { serveSignedIn, zipAttachment } from "@/lib/server/files/cv-response";
import { readDataExport } from "@/lib/server/services/data-export";

// Per user, never prerendered or cached.
export const dynamic = "force-dynamic";

/** GET /my-data/<id> — the signed-in person's own data export (ZIP); anyone else's is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveSignedIn(`/my-data/${encodeURIComponent(id)}`, async (user) => {
    const { bytes, fileName } = await readDataExport(user.id, id);
    return zipAttachment(bytes, fileName);
  });
}
