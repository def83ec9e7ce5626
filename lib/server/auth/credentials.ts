import "server-only";
import { signInSchema } from "@/lib/validation/auth";
import { prisma } from "../db";
import { hashPassword, needsRehash, verifyPassword } from "./password";

/** E-mail + password check for next-auth's credentials provider. Null for any failure, whatever the cause. */
export async function authenticateWithPassword(raw: unknown) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await prisma.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || user.deletedAt || !ok) return null;
  // An old bcrypt hash becomes argon2id now that the plain password is at hand (the only time it is).
  if (user.passwordHash && needsRehash(user.passwordHash)) {
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(parsed.data.password) } });
  }
  return { id: user.id, email: user.email, name: user.name };
}
