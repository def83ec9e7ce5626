import "server-only";
import { env } from "../env";
import { errorFields } from "../log";
import { logInRequest } from "../request-log";
import { resolveSsoSignIn, type SsoClaims } from "./sso";

/**
 * The OpenID Provider's side of institutional sign-in: its discovery document (userinfo and
 * end-session endpoints), the claims of a sign-in (ID token first, userinfo for what it lacks),
 * and the RP-initiated logout URL.
 */

type Discovery = { issuer: string; userinfo_endpoint?: string; end_session_endpoint?: string };

const issuerUrl = () => env.OIDC_ISSUER!.replace(/\/+$/, "");
export const discoveryUrl = () => `${issuerUrl()}/.well-known/openid-configuration`;

let cached: { at: number; doc: Discovery } | null = null;
const DISCOVERY_TTL_MS = 10 * 60_000;

async function discovery(): Promise<Discovery> {
  if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.doc;
  const response = await fetch(discoveryUrl(), { signal: AbortSignal.timeout(5000), headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`discovery answered ${response.status}`);
  cached = { at: Date.now(), doc: (await response.json()) as Discovery };
  return cached.doc;
}

type Claims = Record<string, unknown>;
const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
// Some providers send email_verified as the string "true".
const verified = (v: unknown) => v === true || v === "true";

const NEEDED = ["email", "email_verified", "name"] as const;

/**
 * The claims of a sign-in. A spec-conformant provider puts e-mail and name in userinfo, not in
 * the ID token (OpenID Connect Core §5.4); they are fetched with the access token when missing.
 * The `sub` of userinfo must equal the ID token's (Core §5.3.2), else userinfo is ignored.
 */
export async function ssoClaims(idToken: Claims, accessToken: string | undefined): Promise<SsoClaims> {
  const homeClaim = env.SSO_HOME_ORGANIZATION_CLAIM;
  let merged: Claims = idToken;
  const missing = [...NEEDED, homeClaim].some((k) => idToken[k] === undefined);
  if (missing && accessToken) {
    const { userinfo_endpoint } = await discovery();
    if (userinfo_endpoint) {
      const response = await fetch(userinfo_endpoint, {
        headers: { authorization: `Bearer ${accessToken}`, accept: "application/json" },
        signal: AbortSignal.timeout(5000),
      });
      if (!response.ok) throw new Error(`userinfo answered ${response.status}`);
      const info = (await response.json()) as Claims;
      if (info.sub === idToken.sub) merged = { ...info, ...Object.fromEntries(Object.entries(idToken).filter(([, v]) => v !== undefined)) };
    }
  }
  return {
    issuer: String(idToken.iss ?? issuerUrl()).replace(/\/+$/, ""),
    subject: String(idToken.sub),
    email: str(merged.email),
    emailVerified: verified(merged.email_verified),
    name: str(merged.name) ?? str(merged.preferred_username),
    homeOrganisation: str(merged[homeClaim]),
  };
}

/**
 * Where the browser goes after the local sign-out to end the provider's session too; null when
 * the provider offers no end_session_endpoint (or cannot be reached: the local sign-out stands).
 */
export async function endSessionUrl(idToken: string): Promise<string | null> {
  try {
    const { end_session_endpoint } = await discovery();
    if (!end_session_endpoint) return null;
    const url = new URL(end_session_endpoint);
    url.searchParams.set("id_token_hint", idToken);
    url.searchParams.set("client_id", env.OIDC_CLIENT_ID!);
    url.searchParams.set("post_logout_redirect_uri", `${env.appUrl}/`);
    return url.toString();
  } catch (error) {
    await logInRequest("warn", "sso.end-session-failed", errorFields(error, { stack: false }));
    return null;
  }
}

/**
 * next-auth's profile callback. A failure here (userinfo unreachable) must not throw: next-auth
 * would drop it and send the user back to /sign-in without a word. The signIn callback explains.
 */
export async function ssoProfile(idToken: Claims, accessToken: string | undefined) {
  try {
    const sso = await ssoClaims(idToken, accessToken);
    return { id: sso.subject, email: sso.email, name: sso.name, sso };
  } catch (error) {
    await logInRequest("error", "sso.userinfo-failed", errorFields(error, { stack: false }));
    return { id: String(idToken.sub), email: null, name: null, sso: null };
  }
}

/** The sign-in page's error code for an SSO refusal (mapped to a message there). */
const ssoError = (code: string) => `${env.appUrl}/sign-in?error=sso-${code}`;

/**
 * next-auth's signIn callback for the provider: true with `user.id` set to the local account,
 * or where to send the browser instead (the link confirmation, or /sign-in with the reason).
 */
export async function ssoSignIn(user: { id: string }): Promise<true | string> {
  try {
    const { sso } = user as unknown as { sso: SsoClaims | null };
    if (!sso) return ssoError("provider");
    const outcome = await resolveSsoSignIn(sso);
    if (outcome.kind === "refused") return ssoError(outcome.reason);
    if (outcome.kind === "confirm-link") return `${env.appUrl}/sign-in/link?token=${outcome.token}`;
    user.id = outcome.userId;
    return true;
  } catch (error) {
    // next-auth would put the error's message into the URL; one log line and a generic code instead.
    await logInRequest("error", "sso.sign-in-failed", errorFields(error, { stack: false }));
    return ssoError("failed");
  }
}
