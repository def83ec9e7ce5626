import "server-only";
import type { CookiesOptions } from "next-auth";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "../env";

// Over https every next-auth cookie is Secure, HttpOnly, SameSite=Lax, Path=/ and `__Host-`
// prefixed: the browser then refuses it from plain http and from any sub-domain (no Domain).
// Over plain http (development, e2e) the names carry no prefix, which browsers require.
export const SESSION_MAX_AGE_SECONDS = 60 * 60 * 8;
export const secureCookies = env.appUrl.startsWith("https://");
const prefix = secureCookies ? "__Host-" : "";
const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies };

export const SESSION_COOKIE = `${prefix}next-auth.session-token`;

const names = ["sessionToken", "callbackUrl", "csrfToken", "pkceCodeVerifier", "state", "nonce"] as const;
const cookieNames: Record<(typeof names)[number], string> = {
  sessionToken: SESSION_COOKIE,
  callbackUrl: `${prefix}next-auth.callback-url`,
  csrfToken: `${prefix}next-auth.csrf-token`,
  pkceCodeVerifier: `${prefix}next-auth.pkce.code_verifier`,
  state: `${prefix}next-auth.state`,
  nonce: `${prefix}next-auth.nonce`,
};

export const authCookies: Partial<CookiesOptions> = Object.fromEntries(
  names.map((key) => [key, { name: cookieNames[key], options: key === "pkceCodeVerifier" || key === "state" ? { ...options, maxAge: 900 } : options }]),
);

/**
 * Re-issues this browser's session cookie with the database's current session version, after an
 * action on this browser (a password change) bumped it to end every other session. The version
 * is read by the server, never taken from the client; the cookie must belong to the same user.
 */
export async function reissueSessionCookie(userId: string, sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const current = jar.get(SESSION_COOKIE)?.value;
  const secret = env.NEXTAUTH_SECRET;
  // Without a configured secret next-auth derives its own; then this browser simply signs in again.
  if (!current || !secret) return;
  const token = await decode({ token: current, secret }).catch(() => null);
  if (!token || token.uid !== userId) return;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(SESSION_COOKIE, value, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Forgets this browser's session (after "sign out everywhere", which already ended it). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE, path: "/", secure: secureCookies });
}
