// E-mailed single-use links (password reset, e-mail verification): the link carries 256 random
// bits; the database keeps only their SHA-256, so a leaked table opens no account.
export const AUTH_TOKEN_PURPOSES = { passwordReset: "password-reset", emailVerification: "email-verification" } as const;
export type AuthTokenPurpose = (typeof AUTH_TOKEN_PURPOSES)[keyof typeof AUTH_TOKEN_PURPOSES];

export const AUTH_TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  "password-reset": 30 * 60 * 1000,
  "email-verification": 48 * 60 * 60 * 1000,
};

// Web Crypto (a global in Node and browsers), so this stays free of I/O imports.
export function newRawToken(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
}

export async function hashToken(raw: string): Promise<string> {
  return Buffer.from(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(raw))).toString("hex");
}

export type TokenState = "valid" | "expired" | "used" | "invalid";

export function tokenState(token: { usedAt: Date | null; expiresAt: Date } | null, now: Date): TokenState {
  if (!token) return "invalid";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
