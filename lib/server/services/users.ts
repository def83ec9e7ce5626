import "server-only";
import type { ChangePasswordInput, RegisterInput } from "@/lib/validation/auth";
import { prisma } from "../db";
import { audit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { isUniqueViolation } from "../db/errors";
import { ExpectedError } from "../errors";

/** Self-registration: students and companies only; offices and admins are provisioned. */
export async function registerUser(input: RegisterInput, locale: string) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new ExpectedError("validation.emailTaken", "email", 409);
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: input.accountType, locale },
      });
      await audit(tx, {
        actorId: user.id,
        verb: "user.register",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, role: user.role },
      });
      return user;
    });
  } catch (error) {
    // Two registrations racing for one e-mail: the unique index decides.
    if (isUniqueViolation(error)) throw new ExpectedError("validation.emailTaken", "email", 409);
    throw error;
  }
}

export async function setUserLocale(userId: string, locale: string) {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/**
 * Replaces the signed-in user's password after checking the current one. SSO-only accounts have
 * none to change. The audit event says that it changed, never what to.
 */
export async function changePassword(userId: string, input: ChangePasswordInput) {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new ExpectedError("errors.notFound", undefined, 404);
  if (!user.passwordHash) throw new ExpectedError("account.noPasswordSso");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ExpectedError("validation.currentPasswordWrong", "currentPassword");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await audit(tx, { actorId: userId, verb: "user.password.change", entityType: "User", entityId: userId });
  });
}
