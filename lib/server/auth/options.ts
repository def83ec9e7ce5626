import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { prisma } from "../db";
import { authCookies, secureCookies, SESSION_MAX_AGE_SECONDS } from "./cookies";
import { authenticateWithPassword } from "./credentials";
import { findOrProvisionSsoUser } from "./sso";

const providers: NextAuthOptions["providers"] = [
  CredentialsProvider({
    name: "credentials",
    credentials: { email: { type: "email" }, password: { type: "password" } },
    authorize: (raw) => authenticateWithPassword(raw),
  }),
];

if (env.oidcEnabled) {
  providers.push({
    id: "oidc",
    name: env.OIDC_NAME,
    type: "oauth",
    wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.preferred_username ?? null };
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
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "oidc") return true;
      const local = await findOrProvisionSsoUser(user.email ?? null, user.name ?? null);
      if (!local) return false;
      user.id = local.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        const row = await prisma.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        token.sv = row?.sessionVersion ?? 0;
      }
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
