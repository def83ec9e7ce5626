import { serveCv } from "@/lib/server/files/cv-response";
import { getApplicationCv } from "@/lib/server/services/cv-access";

// Per user, never prerendered or cached.
export const dynamic = "force-dynamic";

/** GET /cv/applications/:id — an application's CV, for the applicant, the offer's host and the sending office. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveCv(`/cv/applications/${encodeURIComponent(id)}`, (user) => getApplicationCv(user, id));
}
