import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RegisterInput } from "@/lib/validation/auth";
import { prisma } from "../db";
import { audit } from "../audit";
import { hashPassword } from "../auth/password";
import { ExpectedError } from "../errors";

function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

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
