import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { logInRequest } from "../request-log";
import { prisma } from "../db";
import { currentClientAddress } from "../security/request-address";
import { authCookies, secureCookies, SESSION_MAX_AGE_SECONDS } from "./cookies";
import { discoveryUrl, ssoProfile, ssoSignIn } from "./oidc";
import { signInWithThrottle } from "./throttled-sign-in";

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    name: "credentials",
    credentials: { email: { type: "email" }, password: { type: "password" } },
    // A thrown ThrottledError reaches the form as `result.error` ("throttled:<seconds>").
    authorize: async (raw) => signInWithThrottle(raw, await currentClientAddress()),
  }),
];

if (env.oidcEnabled) {
  providers.push({
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: discoveryUrl(),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // next-auth hands over only the ID token's claims; lib/server/auth/oidc.ts adds userinfo's.
    async profile(claims: Record<string, unknown>, tokens) {
      return ssoProfile(claims, tokens.access_token);
    },
  });
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Credentials sign-in requires JWT sessions; the token only carries the user id — the role
  // and memberships are read from the database on every request (lib/server/auth/session.ts).
  // The token also carries the user's session version: bumping it in the database ends every
  // token issued before (sign-out, "sign out everywhere", a password change, removal).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies,
  cookies: authCookies,
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers,
  // One line per failure (next-auth's default prints the stack); the sign-in page shows the message.
  logger: {
    error(code, metadata) {
      // A provider's error answer is logged twice by next-auth (handler, then route): keep the route's.
      if (code === "OAUTH_CALLBACK_HANDLER_ERROR" && metadata && typeof metadata === "object" && "error_description" in metadata) return;
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown })?.error;
      void logInRequest("error", "auth.error", { code, message: error instanceof Error ? error.message : String(error ?? "") });
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      return ssoSignIn(user);
    },
    async jwt({ token, user, account }) {
      if (user) {
        token.uid = user.id;
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sv = row?.sessionVersion ?? 0;
      }
      // Only for SSO sessions: the ID token is the id_token_hint of the provider's logout
      // (app/api/sso/end-session/route.ts). The session cookie is encrypted and HttpOnly.
      if (account?.provider === "oidc" && account.id_token) token.ssoIdToken = account.id_token;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sv === "number") session.sv = token.sv;
      return session;
    },
  },
  events: {
    // Sign-out ends this token everywhere, so a copied cookie dies with it. Only a live token
    // bumps the version: signing out with an already-ended one changes nothing for the owner.
    async signOut({ token }) {
      if (typeof token?.uid !== "string" || typeof token.sv !== "number") return;
      await prisma.user.updateMany({ where: { id: token.uid, sessionVersion: token.sv }, data: { sessionVersion: { increment: 1 } } });
    },
  },
};
