import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authOptions } from "@/lib/server/auth/options";
import { endSessionUrl } from "@/lib/server/auth/oidc";
import { env } from "@/lib/server/env";

/**
 * Called by the sign-out button before the local sign-out: the provider's logout URL for an SSO
 * session (RP-initiated logout with id_token_hint), or null. POST so that no link can trigger it.
 */
export async function POST(request: NextRequest) {
  const token = env.oidcEnabled ? await getToken({ req: request, secret: env.NEXTAUTH_SECRET, cookieName: authOptions.cookies?.sessionToken?.name }) : null;
  const idToken = typeof token?.ssoIdToken === "string" ? token.ssoIdToken : null;
  const url = idToken ? await endSessionUrl(idToken) : null;
  return NextResponse.json({ url }, { headers: { "cache-control": "private, no-store" } });
}
