import "server-only";
import type { ChangePasswordInput, RegisterInput } from "@/lib/validation/auth";
import { prisma } from "../db";
import { audit } from "../audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { isUniqueViolation } from "../db/errors";
import { ExpectedError } from "../errors";
import { assertPasswordAllowed, sendVerificationMail, warnOfRegistrationAttempt } from "./account-security";

/**
 * Self-registration: students and companies only; offices and admins are provisioned. Answers
 * the same whether the address is new or taken (no account enumeration): a new account gets a
 * verification link, the owner of a taken address a warning mail, and nothing is created.
 */
export async function registerUser(input: RegisterInput, locale: string): Promise<void> {
  assertPasswordAllowed(input.password, "password");
  const existing = await prisma.user.findUnique({ where: { email: input.email } });
  // Hashed either way, so both answers take as long.
  const passwordHash = await hashPassword(input.password);
  if (existing) {
    if (!existing.deletedAt) await warnOfRegistrationAttempt(existing);
    return;
  }
  let user;
  try {
    user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, role: input.accountType, locale, emailVerifiedAt: null },
      });
      await audit(tx, {
        actorId: created.id,
        verb: "user.register",
        entityType: "User",
        entityId: created.id,
        after: { email: created.email, role: created.role },
      });
      return created;
    });
  } catch (error) {
    // Two registrations racing for one e-mail: the unique index decides; the loser is told nothing more.
    if (isUniqueViolation(error)) return;
    throw error;
  }
  await sendVerificationMail(user);
}

export async function setUserLocale(userId: string, locale: string) {
  await prisma.user.update({ where: { id: userId }, data: { locale } });
}

/**
 * Replaces the signed-in user's password after checking the current one. SSO-only accounts have
 * none to change. Ends every other session (the version goes up; the caller re-issues this
 * browser's cookie with the returned version) and clears a one-time password's forced change.
 * The audit event says that it changed, never what to.
 */
export async function changePassword(userId: string, input: ChangePasswordInput): Promise<{ sessionVersion: number }> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new ExpectedError("errors.notFound", { status: 404 });
  if (!user.passwordHash) throw new ExpectedError("account.noPasswordSso");
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw new ExpectedError("validation.currentPasswordWrong", { field: "currentPassword" });
  }
  assertPasswordAllowed(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await audit(tx, { actorId: userId, verb: "user.password.change", entityType: "User", entityId: userId });
    return updated;
  });
}
