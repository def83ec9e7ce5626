import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden } from "next/navigation";
import { localeRedirect } from "@/i18n/redirect";
import { prisma } from "../db";
import { authOptions } from "./options";
import { can, isRole, type Permission, type Role } from "./policy";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: string;
  institutionId: string | null;
  hostOrganisationId: string | null;
  /** Self-registered accounts may sign in before confirming their address, but not apply or publish. */
  emailVerified: boolean;
  /** An officer's one-time password: nothing but choosing a new one until done. */
  mustChangePassword: boolean;
};

/** Where a user with mustChangePassword is sent, whatever they asked for. */
export const CHOOSE_PASSWORD_PATH = "/account/password";

/**
 * The signed-in user as the database knows them now: role and memberships are never taken from
 * the client or the token, so a demoted or deleted account loses access on its next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  // A token without a version predates session versions: it is treated as ended too.
  return currentUserById(id, session.sv ?? -1);
});

/**
 * The database half of getCurrentUser: null for a missing, soft-deleted or role-less account, and
 * for a token whose session version is no longer the account's (signed out, ended everywhere,
 * password changed elsewhere). Without a version (tests, server-side look-ups) that check is skipped.
 */
export async function currentUserById(id: string, sessionVersion?: number): Promise<CurrentUser | null> {
  const user = await prisma.user.findUnique({ where: { id } });
  if (!user || user.deletedAt || !isRole(user.role)) return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    institutionId: user.institutionId,
    hostOrganisationId: user.hostOrganisationId,
    emailVerified: user.emailVerifiedAt !== null,
    mustChangePassword: user.mustChangePassword,
  };
}

/** For pages: sign-in redirect when anonymous, a 403 page when the role lacks the permission. */
export async function requirePermission(permission: Permission, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) return localeRedirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && returnTo !== CHOOSE_PASSWORD_PATH) return localeRedirect(CHOOSE_PASSWORD_PATH);
  if (!can(user.role, permission)) forbidden();
  return user;
}
