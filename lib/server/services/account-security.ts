import "server-only";
import { AUTH_TOKEN_TTL_MS, hashToken, newRawToken, tokenState, type AuthTokenPurpose, type TokenState } from "@/lib/domain/auth-token";
import { passwordProblem } from "@/lib/domain/passwords";
import type { Tx, Db } from "../db";
import { prisma } from "../db";
import { audit } from "../audit";
import { hashPassword } from "../auth/password";
import { ExpectedError } from "../errors";
import { queueMail } from "../jobs/queue";
import { accountMail } from "../mail/account-mail";
import { accountKey, clearFailures } from "../security/throttle";

/**
 * The rules zod cannot check on the client: the common-password list lives on the server only.
 * Length is checked here too so every path that sets a password refuses the same passwords.
 */
export function assertPasswordAllowed(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new ExpectedError(`validation.password.${problem}`, { field });
}

/** A new single-use link token for the user; only its SHA-256 is stored. Returns the raw token. */
async function issueToken(db: Db, userId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const raw = newRawToken();
  await db.authToken.create({ data: { userId, purpose, tokenHash: await hashToken(raw), expiresAt: new Date(now.getTime() + AUTH_TOKEN_TTL_MS[purpose]) } });
  return raw;
}

/** What a link's token is worth now, without using it (the pages explain expired and used links). */
export async function inspectToken(raw: string, purpose: AuthTokenPurpose, now = new Date()): Promise<TokenState> {
  if (!raw) return "invalid";
  const token = await prisma.authToken.findUnique({ where: { tokenHash: await hashToken(raw) } });
  return tokenState(token && token.purpose === purpose ? token : null, now);
}

/**
 * Marks the token used and returns its user, or throws the state's message. The conditional
 * update makes it single-use under a race: of two requests with one link, one wins.
 */
async function consumeToken(tx: Tx, raw: string, purpose: AuthTokenPurpose, now: Date): Promise<string> {
  const token = await tx.authToken.findUnique({ where: { tokenHash: await hashToken(raw) } });
  const state = tokenState(token && token.purpose === purpose ? token : null, now);
  if (state !== "valid" || !token) throw new ExpectedError(`accountSecurity.token.${state}`);
  const { count } = await tx.authToken.updateMany({ where: { id: token.id, usedAt: null }, data: { usedAt: now } });
  if (count === 0) throw new ExpectedError("accountSecurity.token.used");
  return token.userId;
}

/** A new token and the mail carrying it, in one transaction (the mail is queued, lib/server/jobs). */
async function mailToken(
  user: { id: string; email: string; name: string; locale: string },
  purpose: AuthTokenPurpose,
  kind: "verifyEmail" | "passwordReset",
  path: string,
) {
  await prisma.$transaction(async (tx) => {
    const raw = await issueToken(tx, user.id, purpose);
    await queueMail(tx, accountMail(kind, user, `${path}?token=${encodeURIComponent(raw)}`));
  });
}

export async function sendVerificationMail(user: { id: string; email: string; name: string; locale: string }) {
  await mailToken(user, "email-verification", "verifyEmail", "/verify-email");
}

/** "Resend the link": only for an account that still needs it. */
export async function resendVerificationMail(userId: string) {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || user.deletedAt || user.emailVerifiedAt) return;
  await sendVerificationMail(user);
}

export async function verifyEmail(raw: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const userId = await consumeToken(tx, raw, "email-verification", now);
    await tx.user.updateMany({ where: { id: userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    await audit(tx, { actorId: userId, verb: "user.email.verify", entityType: "User", entityId: userId });
  });
}

/**
 * "Forgot password": mails a 30-minute link to an account with that address, and does nothing
 * else for an unknown one — the page answers the same either way (no account enumeration).
 * SSO-only accounts (no password) get a link too: setting one is how they add a password.
 */
export async function requestPasswordReset(email: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || user.deletedAt) return;
  await mailToken(user, "password-reset", "passwordReset", "/reset-password");
}

/** Sets the new password from a reset link: single use, ends every session, audited. */
export async function resetPassword(raw: string, newPassword: string, now = new Date()) {
  assertPasswordAllowed(newPassword, "newPassword");
  const passwordHash = await hashPassword(newPassword);
  const email = await prisma.$transaction(async (tx) => {
    const userId = await consumeToken(tx, raw, "password-reset", now);
    // The link proved the mailbox: it also confirms the address and replaces a one-time password.
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 }, mustChangePassword: false, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await audit(tx, { actorId: userId, verb: "user.password.reset", entityType: "User", entityId: userId });
    return user.email;
  });
  // The owner proved the mailbox and chose a new password: a lock from someone's guessing ends.
  await clearFailures("sign-in-account", accountKey(email));
}

/** "Sign out everywhere": every token issued before stops working on its next request. */
export async function signOutEverywhere(userId: string) {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, { actorId: userId, verb: "user.sessions.revoke-all", entityType: "User", entityId: userId });
  });
}

/** Tells the owner of an address that someone tried to register with it (registration answers the same). */
export async function warnOfRegistrationAttempt(user: { email: string; name: string; locale: string }) {
  await queueMail(prisma, accountMail("registrationAttempt", user, "/forgot-password"));
}
