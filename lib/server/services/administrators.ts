import "server-only";
import { isLocale } from "@/i18n/locales";
import { emailSchema } from "@/lib/validation/auth";
import { audit } from "../audit";
import { generateOneTimePassword } from "../auth/one-time-password";
import { hashPassword } from "../auth/password";
import { prisma } from "../db";
import { isUniqueViolation } from "../db/errors";

// The first administrator of a production database (`npm run admin:create`): administrators are
// never self-registered and the demo seed refuses production. Like an officer's account, it gets a
// one-time password that must be replaced at the first sign-in; only its hash is stored.

export class AdministratorExistsError extends Error {}

export async function createAdministrator(input: { email: string; name: string; locale?: string }): Promise<{ id: string; password: string }> {
  const email = emailSchema.parse(input.email);
  const name = input.name.trim();
  if (!name || name.length > 120) throw new Error("The name must be 1 to 120 characters.");
  if (input.locale !== undefined && !isLocale(input.locale)) throw new Error(`Unknown language "${input.locale}".`);
  const password = generateOneTimePassword();
  const passwordHash = await hashPassword(password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: { email, name, role: "ADMIN", locale: input.locale ?? "en", passwordHash, mustChangePassword: true, emailVerifiedAt: new Date() },
      });
      await audit(tx, {
        actorId: null,
        verb: "admin.create",
        entityType: "User",
        entityId: created.id,
        after: { email, name, role: "ADMIN", by: "command line" },
      });
      return created;
    });
    return { id: user.id, password };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AdministratorExistsError(`An account with ${email} exists already.`);
    throw error;
  }
}
