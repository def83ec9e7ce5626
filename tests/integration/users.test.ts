import { beforeEach, describe, expect, it } from "vitest";
import { tempOutbox } from "./temp-outbox";

// Registration mails (verification link, "someone tried to register"): an outbox of its own.
tempOutbox();
const { prisma } = await import("@/lib/server/db");
const { changePassword, registerUser } = await import("@/lib/server/services/users");
const { authenticateWithPassword } = await import("@/lib/server/auth/credentials");
const { outboxMessages } = await import("./delivered-mail");
const { changePasswordSchema, registerSchema } = await import("@/lib/validation/auth");
const { resetDatabase } = await import("./reset");

const PASSWORD = "a long enough password";
const input = registerSchema.parse({
  accountType: "STUDENT",
  name: "Søren Kjærgaard",
  email: "soren@ku.dk",
  password: PASSWORD,
  confirmPassword: PASSWORD,
});

const userOf = (email = "soren@ku.dk") => prisma.user.findUniqueOrThrow({ where: { email } });

beforeEach(resetDatabase);

describe("registerUser", () => {
  it("creates an unverified account with an argon2id hash, audits it and mails a verification link", async () => {
    const before = (await outboxMessages()).length;
    await registerUser(input, "da");
    const stored = await userOf();
    expect(stored).toMatchObject({ email: "soren@ku.dk", name: "Søren Kjærgaard", role: "STUDENT", locale: "da", emailVerifiedAt: null, sessionVersion: 0 });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
    const events = await prisma.auditEvent.findMany({ where: { entityId: stored.id } });
    expect(events.map((e) => e.verb)).toEqual(["user.register"]);
    const mails = (await outboxMessages()).slice(0, (await outboxMessages()).length - before);
    expect(mails).toHaveLength(1);
    // In the user's language (da), with a link to the verification page; only the hash is stored.
    expect(mails[0]).toMatchObject({ to: "soren@ku.dk", subject: "Bekræft din e-mailadresse til DOT Portal" });
    const token = /verify-email\?token=([\w-]+)/.exec(mails[0]!.text)![1]!;
    const row = await prisma.authToken.findFirstOrThrow({ where: { userId: stored.id } });
    expect(row).toMatchObject({ purpose: "email-verification", usedAt: null });
    expect(row.tokenHash).not.toContain(token);
  });

  it("answers a taken e-mail like a new one: nothing created, the owner warned by mail", async () => {
    await registerUser(input, "en");
    const owner = await userOf();
    const before = await outboxMessages();
    await expect(registerUser({ ...input, name: "Someone Else", password: "another long password" }, "en")).resolves.toBeUndefined();
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(1);
    expect(await prisma.authToken.count()).toBe(1);
    expect(await userOf()).toMatchObject({ name: owner.name, passwordHash: owner.passwordHash });
    const mails = (await outboxMessages()).filter((m) => !before.some((b) => b.id === m.id));
    expect(mails).toMatchObject([{ to: "soren@ku.dk", subject: "Someone tried to register with your e-mail address" }]);
  });

  it("lets exactly one of two racing registrations for the same e-mail create the account", async () => {
    const results = await Promise.allSettled([registerUser(input, "en"), registerUser(input, "en")]);
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await prisma.user.count()).toBe(1);
  });

  it.each([
    ["11 characters", "abcdefghijk", "validation.password.short"],
    ["a common password", "password1234", "validation.password.common"],
    ["a common password in capitals", "PASSWORD1234", "validation.password.common"],
    ["one character repeated", "aaaaaaaaaaaa", "validation.password.common"],
  ])("refuses %s on the password field and creates nothing", async (_label, password, key) => {
    const error = await registerUser({ ...input, password, confirmPassword: password }, "en").catch((e: unknown) => e);
    expect(error).toMatchObject({ key, field: "password" });
    expect(await prisma.user.count()).toBe(0);
  });
});

describe("authenticateWithPassword", () => {
  beforeEach(async () => {
    await registerUser(input, "en");
  });

  it.each([
    ["right password", { email: "soren@ku.dk", password: PASSWORD }, true],
    ["e-mail in another case", { email: "SOREN@KU.DK", password: PASSWORD }, true],
    ["wrong password", { email: "soren@ku.dk", password: "a long enough passworD" }, false],
    ["unknown e-mail", { email: "nobody@ku.dk", password: PASSWORD }, false],
    ["malformed input", { email: 42 }, false],
  ])("%s", async (_label, credentials, ok) => {
    const result = await authenticateWithPassword(credentials);
    expect(result !== null).toBe(ok);
  });

  it("lets an unverified account sign in (it only cannot apply or publish yet)", async () => {
    expect((await userOf()).emailVerifiedAt).toBeNull();
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: PASSWORD })).not.toBeNull();
  });

  it("refuses a soft-deleted account", async () => {
    await prisma.user.update({ where: { email: "soren@ku.dk" }, data: { deletedAt: new Date() } });
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: PASSWORD })).toBeNull();
  });
});

describe("changePassword", () => {
  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
    changePasswordSchema.safeParse({ currentPassword, newPassword, confirmPassword });

  it("replaces the password after checking the current one, ends other sessions and clears a forced change", async () => {
    await registerUser(input, "en");
    const user = await prisma.user.update({ where: { email: "soren@ku.dk" }, data: { mustChangePassword: true } });
    const parsed = change(PASSWORD, "an even longer new password");
    if (!parsed.success) throw parsed.error;
    expect(await changePassword(user.id, parsed.data)).toEqual({ sessionVersion: 1 });
    expect(await userOf()).toMatchObject({ sessionVersion: 1, mustChangePassword: false });
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: "an even longer new password" })).toMatchObject({ id: user.id });
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: PASSWORD })).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.verb)).toEqual(["user.register", "user.password.change"]);
    // The audit trail records that it changed, never a password or hash.
    expect(JSON.stringify(events)).not.toMatch(/longer new password|\$argon2|\$2[aby]\$/);
  });

  it("refuses a wrong current password on its field and changes nothing", async () => {
    await registerUser(input, "en");
    const before = await userOf();
    const parsed = change("not my password", "an even longer new password");
    if (!parsed.success) throw parsed.error;
    const error = await changePassword(before.id, parsed.data).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "validation.currentPasswordWrong", field: "currentPassword" });
    expect(await userOf()).toMatchObject({ passwordHash: before.passwordHash, sessionVersion: 0 });
    expect(await prisma.auditEvent.count({ where: { verb: "user.password.change" } })).toBe(0);
  });

  it("refuses a common new password on its field", async () => {
    await registerUser(input, "en");
    const parsed = change(PASSWORD, "qwertyuiop123");
    if (!parsed.success) throw parsed.error;
    const error = await changePassword((await userOf()).id, parsed.data).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "validation.password.common", field: "newPassword" });
  });

  it.each([
    ["too short", change(PASSWORD, "short", "short"), "newPassword", "validation.password.short"],
    ["mismatch", change(PASSWORD, "an even longer new password", "something else"), "confirmPassword", "validation.passwordMismatch"],
    ["unchanged", change(PASSWORD, PASSWORD), "newPassword", "validation.passwordUnchanged"],
  ])("the schema refuses a %s new password", (_label, parsed, path, message) => {
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });
});
