// The message for /sign-in?error=<code>: next-auth's own codes (OAuthSignin when the provider
// cannot be reached, Callback/OAuthCallback when the provider answered with an error such as a
// declined consent, …) and the SSO refusals the signIn callback sends (lib/server/auth/options.ts).
const MESSAGES: Record<string, string> = {
  "sso-no-email": "sso.errors.noEmail",
  "sso-unverified": "sso.errors.unverified",
  "sso-privileged": "sso.errors.privileged",
  "sso-no-password": "sso.errors.noPassword",
  "sso-disabled": "sso.errors.disabled",
  "sso-link-expired": "sso.errors.linkExpired",
  "sso-failed": "sso.errors.failed",
  "sso-provider": "sso.errors.providerDown",
  OAuthSignin: "sso.errors.providerDown",
  OAuthCallback: "sso.errors.cancelled",
  // What next-auth answers when the provider returns an error (access_denied: consent declined).
  Callback: "sso.errors.cancelled",
};

/** A message key for any error code; unknown codes get the generic one (never the raw code). */
export function signInErrorMessage(code: string | undefined): string | undefined {
  if (!code) return undefined;
  return MESSAGES[code] ?? "auth.ssoFailed";
}
