import "server-only";
import { prisma } from "../db";
import { audit } from "../audit";

/**
 * Institutional single sign-on: an identity whose e-mail matches an account signs in as that
 * account (offices and admins are provisioned by an administrator beforehand). An unknown
 * e-mail gets a new STUDENT account — never an elevated role from the identity provider.
 */
export async function findOrProvisionSsoUser(email: string | null, name: string | null) {
  if (!email) return null;
  const normalised = email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email: normalised } });
  if (existing) return existing.deletedAt ? null : existing;
  return prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: normalised, name: name?.trim() || normalised, role: "STUDENT" },
    });
    await audit(tx, { actorId: created.id, verb: "user.sso-provision", entityType: "User", entityId: created.id, after: { email: normalised, role: "STUDENT" } });
    return created;
  });
}
