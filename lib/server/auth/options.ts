import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { currentClientAddress } from "../security/request-address";
import { signInWithThrottle } from "./throttled-sign-in";
import { findOrProvisionSsoUser } from "./sso";

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
  session: { strategy: "jwt", maxAge: 60 * 60 * 8 },
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
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
