import { methodNotAllowed, publicApi } from "@/lib/server/api/handlers";
import { getCurrentUser } from "@/lib/server/auth/session";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { NO_STORE } from "@/lib/security/headers";
import type { SessionJson } from "@/lib/api/schemas/misc";
import type { SessionView } from "@/lib/auth/session-view";

/**
 * Who is signed in, for the cached public pages' client islands (header menu, verify-email
 * banner, the offer page's personal panel). Personal: never stored by a browser or a cache. Not
 * throttled: every page view asks it once (lib/server/api/handlers.ts).
 */
export const GET = publicApi(
  async () => {
    const user = await getCurrentUser();
    const body: SessionView = {
      user: user && { name: user.name, email: user.email, role: user.role, emailVerified: user.emailVerified, home: ROLE_HOME[user.role] },
    };
    return Response.json(body satisfies SessionJson, { headers: { "Cache-Control": NO_STORE } });
  },
  { throttled: false },
);

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
