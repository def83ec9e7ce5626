// The CurrentUser a session would load (lib/server/auth/session), for calling services directly.
import type { User } from "@/generated/prisma/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { prisma } from "@/lib/server/db";
import { createUser } from "@/prisma/seed/factories";

export function asCurrentUser(u: User): CurrentUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    institutionId: u.institutionId,
    hostOrganisationId: u.hostOrganisationId,
    emailVerified: u.emailVerifiedAt !== null,
    mustChangePassword: u.mustChangePassword,
  };
}

/** A new international-office user of the institution (or of none). */
export async function officerOf(institutionId: string | null): Promise<CurrentUser> {
  return asCurrentUser(await createUser(prisma, { role: "OFFICE", institutionId }));
}
