import { describe, expect, it } from "vitest";

// The environment is read once, at import: this file serves the portal over https.
process.env.NEXTAUTH_URL = "https://portal.example.eu";
delete process.env.APP_URL;
const { authCookies, SESSION_COOKIE, secureCookies } = await import("@/lib/server/auth/cookies");
const { authOptions } = await import("@/lib/server/auth/options");

describe("auth cookies over https", () => {
  it("are __Host- prefixed, Secure, HttpOnly, SameSite=Lax and for path / with no Domain", () => {
    expect(secureCookies).toBe(true);
    expect(SESSION_COOKIE).toBe("__Host-next-auth.session-token");
    expect(authOptions.cookies).toBe(authCookies);
    expect(authOptions.useSecureCookies).toBe(true);
    const cookies = Object.values(authCookies);
    expect(cookies).toHaveLength(6);
    for (const cookie of cookies) {
      expect(cookie!.name).toMatch(/^__Host-next-auth\./);
      expect(cookie!.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
      expect(cookie!.options).not.toHaveProperty("domain");
    }
  });
});
