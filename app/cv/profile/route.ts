import { serveCv } from "@/lib/server/files/cv-response";
import { getOwnProfileCv } from "@/lib/server/services/cv-access";

// Per user, never prerendered or cached.
export const dynamic = "force-dynamic";

/** GET /cv/profile — the signed-in student's own CV. */
export function GET() {
  return serveCv("/cv/profile", getOwnProfileCv);
}
