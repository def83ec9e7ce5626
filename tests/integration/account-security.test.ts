import { beforeEach, describe, expect, it, vi } from "vitest";
import bcrypt from "bcryptjs";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// Reset and verification links are read from this file's own outbox (read at import).
tempOutbox();
// Actions are called directly: "who is signed in" is stubbed, and this browser's cookie re-issue
// (next/headers needs a request) is recorded instead.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null, reissued: [] as [string, number][] }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));
vi.mock("@/lib/server/auth/cookies", async (original) => ({
  ...(await original<object>()),
  reissueSessionCookie: async (id: string, v: number) => void session.reissued.push([id, v]),
  clearSessionCookie: async () => undefined,
}));

const { prisma } = await import("@/lib/server/db");
const { createUser, createHostOrganisation, createInstitution } = await import("@/prisma/seed/factories");
const { currentUserById } = await import("@/lib/server/auth/session");
const { authOptions } = await import("@/lib/server/auth/options");
const { authenticateWithPassword } = await import("@/lib/server/auth/credentials");
const { hashPassword, verifyPassword } = await import("@/lib/server/auth/password");
const { outboxMessages } = await import("./delivered-mail");
const security = await import("@/lib/server/services/account-security");
const { removeOfficer } = await import("@/lib/server/services/admin-institutions");
const { applyToOffer } = await import("@/lib/server/services/application/student");
const { publishOffer } = await import("@/lib/server/services/offers");
const { authedApi } = await import("@/lib/server/api/handlers");
const { changePasswordAction } = await import("@/app/[locale]/account/password/actions");
const { signOutEverywhereAction, resendVerificationAction } = await import("@/app/[locale]/account/actions");
const { asCurrentUser } = await import("./current-user");
const { resetDatabase } = await import("./reset");

const PASSWORD = "DemoPass!2026";

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
  session.reissued = [];
});

/** The version next-auth's jwt callback puts into the token at sign-in. */
async function signIn(userId: string): Promise<number> {
  const jwt = authOptions.callbacks!.jwt!;
  const token = await jwt({ token: {}, user: { id: userId, email: null }, account: null, trigger: "signIn" } as never);
  return token.sv as number;
}

const linkIn = async (to: string, path: string) => {
  const mail = (await outboxMessages()).find((m) => m.to === to && m.text.includes(path));
  return new RegExp(`${path.replace("?", "\\?")}token=([\\w-]+)`).exec(mail?.text ?? "")?.[1] ?? "";
};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("session versions", () => {
  it("a token carries the version at sign-in and works until the version moves", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    const sv = await signIn(user.id);
    expect(sv).toBe(0);
    expect(await currentUserById(user.id, sv)).toMatchObject({ id: user.id });
    expect(await currentUserById(user.id, sv + 1)).toBeNull();
  });

  it("sign-out bumps the version, so a copied cookie of that session is refused; a dead token changes nothing", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    const sv = await signIn(user.id);
    await authOptions.events!.signOut!({ token: { uid: user.id, sv }, session: null as never });
    expect(await currentUserById(user.id, sv)).toBeNull();
    const fresh = await signIn(user.id);
    expect(fresh).toBe(1);
    // Signing out again with the old, already-ended token does not end the new session.
    await authOptions.events!.signOut!({ token: { uid: user.id, sv }, session: null as never });
    expect(await currentUserById(user.id, fresh)).not.toBeNull();
  });

  it("sign out everywhere ends every session and is audited", async () => {
    const user = await createUser(prisma, { role: "COMPANY" });
    const [a, b] = [await signIn(user.id), await signIn(user.id)];
    session.user = asCurrentUser(user);
    await expect(signOutEverywhereAction(null, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("/sign-in") });
    expect(await currentUserById(user.id, a)).toBeNull();
    expect(await currentUserById(user.id, b)).toBeNull();
    expect(await prisma.auditEvent.findMany({ where: { entityId: user.id } })).toMatchObject([{ verb: "user.sessions.revoke-all", actorId: user.id }]);
  });

  it("a password change ends other sessions and re-issues this browser's cookie with the server's new version", async () => {
    const user = await createUser(prisma, { role: "STUDENT", password: PASSWORD });
    const other = await signIn(user.id);
    session.user = asCurrentUser(user);
    const state = await changePasswordAction(
      null,
      form({ currentPassword: PASSWORD, newPassword: "correct horse battery staple", confirmPassword: "correct horse battery staple" }),
    );
    expect(state).toMatchObject({ ok: true, message: "account.passwordChanged" });
    expect(await currentUserById(user.id, other)).toBeNull();
    expect(session.reissued).toEqual([[user.id, 1]]);
    expect(await currentUserById(user.id, 1)).not.toBeNull();
  });

  it("removing an officer ends their session at once", async () => {
    const inst = await createInstitution(prisma);
    const admin = await createUser(prisma, { role: "ADMIN" });
    const officer = await createUser(prisma, { role: "OFFICE", institutionId: inst.id });
    const sv = await signIn(officer.id);
    await removeOfficer(asCurrentUser(admin), { institutionId: inst.id, userId: officer.id });
    expect(await currentUserById(officer.id, sv)).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).sessionVersion).toBe(1);
  });
});

describe("password hashing", () => {
  it("re-hashes an old bcrypt hash to argon2id at the next successful sign-in", async () => {
    const user = await createUser(prisma, { role: "STUDENT", email: "old@example.eu", passwordHash: await bcrypt.hash(PASSWORD, 10) });
    expect(await authenticateWithPassword({ email: "old@example.eu", password: "wrong password!!" })).toBeNull();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await authenticateWithPassword({ email: "old@example.eu", password: PASSWORD })).toMatchObject({ id: user.id });
    const rehashed = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(rehashed).toMatch(/^\$argon2id\$/);
    expect(await authenticateWithPassword({ email: "old@example.eu", password: PASSWORD })).toMatchObject({ id: user.id });
  });

  it("no longer ignores bytes after 72: two 80-byte passwords differing only at the end do not both verify", async () => {
    const head = "x".repeat(72);
    const [one, two] = [`${head}11111111`, `${head}22222222`];
    expect(Buffer.byteLength(one)).toBe(80);
    // The attack on bcrypt: its hash of one accepts two.
    const legacy = await bcrypt.hash(one, 10);
    expect(await bcrypt.compare(two, legacy)).toBe(true);
    expect(await verifyPassword(two, legacy)).toBe(false);
    const current = await hashPassword(one);
    expect(await verifyPassword(one, current)).toBe(true);
    expect(await verifyPassword(two, current)).toBe(false);
  });
});

describe("password reset", () => {
  it("mails a single-use 30-minute link; the new password works, the old one not, every session ends", async () => {
    const user = await createUser(prisma, { role: "STUDENT", email: "reset@example.eu", password: PASSWORD, locale: "nl" });
    const sv = await signIn(user.id);
    await security.requestPasswordReset("reset@example.eu");
    const mail = (await outboxMessages()).find((m) => m.to === "reset@example.eu");
    expect(mail?.subject).toBe("Kies een nieuw wachtwoord voor het DOT Portal");
    const token = await linkIn("reset@example.eu", "/reset-password?");
    const row = await prisma.authToken.findFirstOrThrow({ where: { userId: user.id, purpose: "password-reset" } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(29 * 60_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60_000 + 1000);
    expect(await security.inspectToken(token, "password-reset")).toBe("valid");
    // A reset token is no verification token, and the reverse.
    expect(await security.inspectToken(token, "email-verification")).toBe("invalid");

    await security.resetPassword(token, "a brand new passphrase");
    expect(await authenticateWithPassword({ email: "reset@example.eu", password: "a brand new passphrase" })).not.toBeNull();
    expect(await authenticateWithPassword({ email: "reset@example.eu", password: PASSWORD })).toBeNull();
    expect(await currentUserById(user.id, sv)).toBeNull();
    expect(await security.inspectToken(token, "password-reset")).toBe("used");
    await expect(security.resetPassword(token, "yet another passphrase")).rejects.toMatchObject({ key: "accountSecurity.token.used" });
    expect((await prisma.auditEvent.findMany({ where: { entityId: user.id } })).map((e) => e.verb)).toEqual(["user.password.reset"]);
  });

  it("refuses an expired link and a forged one, and applies the password rules", async () => {
    const user = await createUser(prisma, { role: "STUDENT", email: "late@example.eu", password: PASSWORD });
    await security.requestPasswordReset("late@example.eu");
    const token = await linkIn("late@example.eu", "/reset-password?");
    await expect(security.resetPassword(token, "password1234")).rejects.toMatchObject({ key: "validation.password.common", field: "newPassword" });
    const later = new Date(Date.now() + 31 * 60_000);
    expect(await security.inspectToken(token, "password-reset", later)).toBe("expired");
    await expect(security.resetPassword(token, "a brand new passphrase", later)).rejects.toMatchObject({ key: "accountSecurity.token.expired" });
    await expect(security.resetPassword("forged-token", "a brand new passphrase")).rejects.toMatchObject({ key: "accountSecurity.token.invalid" });
    expect(await authenticateWithPassword({ email: "late@example.eu", password: PASSWORD })).toMatchObject({ id: user.id });
  });

  it("ends a lock left by someone guessing the account's password", async () => {
    await createUser(prisma, { role: "STUDENT", email: "locked@example.eu", password: PASSWORD });
    const throttle = await import("@/lib/server/security/throttle");
    for (let i = 0; i < 10; i++) await throttle.recordFailure("sign-in-account", "locked@example.eu");
    expect(await throttle.failureWait("sign-in-account", "locked@example.eu")).toBeGreaterThan(60);
    await security.requestPasswordReset("locked@example.eu");
    await security.resetPassword(await linkIn("locked@example.eu", "/reset-password?"), "a brand new passphrase");
    expect(await throttle.failureWait("sign-in-account", "locked@example.eu")).toBe(0);
  });

  it("sends nothing for an unknown address (the page answers the same)", async () => {
    const before = (await outboxMessages()).length;
    await security.requestPasswordReset("nobody@example.eu");
    expect((await outboxMessages()).length).toBe(before);
    expect(await prisma.authToken.count()).toBe(0);
  });

  it("lets only one of two racing uses of a link win", async () => {
    await createUser(prisma, { role: "STUDENT", email: "race@example.eu", password: PASSWORD });
    await security.requestPasswordReset("race@example.eu");
    const token = await linkIn("race@example.eu", "/reset-password?");
    const results = await Promise.allSettled([security.resetPassword(token, "first new passphrase"), security.resetPassword(token, "second new passphrase")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("e-mail verification", () => {
  it("an unverified student cannot apply and an unverified company cannot publish, until the link is used once", async () => {
    const student = await createUser(prisma, { role: "STUDENT", email: "new@example.eu", emailVerifiedAt: null });
    const host = await createHostOrganisation(prisma, { user: { emailVerifiedAt: null } });
    const company = host.users[0]!;
    await expect(applyToOffer(asCurrentUser(student), { offerId: "any" } as never)).rejects.toMatchObject({ key: "accountSecurity.verifyFirst", status: 403 });
    await expect(publishOffer(asCurrentUser(company), "any")).rejects.toMatchObject({ key: "accountSecurity.verifyFirst", status: 403 });

    session.user = asCurrentUser(student);
    expect(await resendVerificationAction(null, form({}))).toMatchObject({ ok: true });
    const token = await linkIn("new@example.eu", "/verify-email?");
    await security.verifyEmail(token);
    const verified = await prisma.user.findUniqueOrThrow({ where: { id: student.id } });
    expect(verified.emailVerifiedAt).not.toBeNull();
    // Past the verification check now: the next refusal is about the (missing) offer.
    await expect(applyToOffer(asCurrentUser(verified), { offerId: "any" } as never)).rejects.not.toMatchObject({ key: "accountSecurity.verifyFirst" });
    await expect(security.verifyEmail(token)).rejects.toMatchObject({ key: "accountSecurity.token.used" });
    expect(await security.inspectToken(token, "email-verification", new Date(Date.now() + 49 * 3600_000))).toBe("used");
  });

  it("an expired verification link is refused and explained", async () => {
    const student = await createUser(prisma, { role: "STUDENT", email: "slow@example.eu", emailVerifiedAt: null });
    await security.sendVerificationMail(student);
    const token = await linkIn("slow@example.eu", "/verify-email?");
    const later = new Date(Date.now() + 49 * 3600_000);
    await expect(security.verifyEmail(token, later)).rejects.toMatchObject({ key: "accountSecurity.token.expired" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: student.id } })).emailVerifiedAt).toBeNull();
  });
});

describe("forced change of a one-time password", () => {
  it("refuses every action and API call but the password change, which lands on the dashboard", async () => {
    const officer = await createUser(prisma, { role: "OFFICE", password: PASSWORD, mustChangePassword: true });
    session.user = asCurrentUser(officer);
    expect(await signOutEverywhereAction(null, form({}))).toMatchObject({ ok: false, message: "errors.choosePasswordFirst" });
    const api = authedApi("manage:account:own", () => Response.json({ reached: true }));
    const response = await api(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
    expect(response.status).toBe(403);
    await expect(
      changePasswordAction(null, form({ currentPassword: PASSWORD, newPassword: "my own passphrase here", confirmPassword: "my own passphrase here" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining("/office") });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).mustChangePassword).toBe(false);
  });
});
