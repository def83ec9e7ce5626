import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { changePassword, registerUser } from "@/lib/server/services/users";
import { authenticateWithPassword } from "@/lib/server/auth/credentials";
import { ExpectedError } from "@/lib/server/errors";
import { changePasswordSchema, registerSchema } from "@/lib/validation/auth";
import { resetDatabase } from "./reset";

const input = registerSchema.parse({
  accountType: "STUDENT",
  name: "Søren Kjærgaard",
  email: "soren@ku.dk",
  password: "a long enough password",
  confirmPassword: "a long enough password",
});

beforeEach(resetDatabase);

describe("registerUser", () => {
  it("creates the account with a hashed password and audits it", async () => {
    const user = await registerUser(input, "da");
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ email: "soren@ku.dk", name: "Søren Kjærgaard", role: "STUDENT", locale: "da" });
    expect(stored.passwordHash).toMatch(/^\$2[aby]\$10\$/);
    expect(stored.passwordHash).not.toContain("a long enough password");
    const events = await prisma.auditEvent.findMany({ where: { entityId: user.id } });
    expect(events.map((e) => e.verb)).toEqual(["user.register"]);
  });

  it("refuses a duplicate e-mail on the e-mail field and creates nothing", async () => {
    await registerUser(input, "en");
    const error = await registerUser({ ...input, name: "Someone Else" }, "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "validation.emailTaken", field: "email" });
    expect(await prisma.user.count()).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(1);
  });

  it("lets exactly one of two racing registrations for the same e-mail win", async () => {
    const results = await Promise.allSettled([registerUser(input, "en"), registerUser(input, "en")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);
  });
});

describe("authenticateWithPassword", () => {
  beforeEach(async () => {
    await registerUser(input, "en");
  });

  it.each([
    ["right password", { email: "soren@ku.dk", password: "a long enough password" }, true],
    ["e-mail in another case", { email: "SOREN@KU.DK", password: "a long enough password" }, true],
    ["wrong password", { email: "soren@ku.dk", password: "a long enough passworD" }, false],
    ["unknown e-mail", { email: "nobody@ku.dk", password: "a long enough password" }, false],
    ["malformed input", { email: 42 }, false],
  ])("%s", async (_label, credentials, ok) => {
    const result = await authenticateWithPassword(credentials);
    expect(result !== null).toBe(ok);
  });

  it("refuses a soft-deleted account", async () => {
    await prisma.user.update({ where: { email: "soren@ku.dk" }, data: { deletedAt: new Date() } });
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: "a long enough password" })).toBeNull();
  });
});

describe("changePassword", () => {
  const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) =>
    changePasswordSchema.safeParse({ currentPassword, newPassword, confirmPassword });

  it("replaces the password after checking the current one; the old one stops working", async () => {
    const user = await registerUser(input, "en");
    const parsed = change("a long enough password", "an even longer new password");
    if (!parsed.success) throw parsed.error;
    await changePassword(user.id, parsed.data);
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: "an even longer new password" })).toMatchObject({ id: user.id });
    expect(await authenticateWithPassword({ email: "soren@ku.dk", password: "a long enough password" })).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: user.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.verb)).toEqual(["user.register", "user.password.change"]);
    // The audit trail records that it changed, never a password or hash.
    expect(JSON.stringify(events)).not.toMatch(/longer new password|\$2[aby]\$/);
  });

  it("refuses a wrong current password on its field and changes nothing", async () => {
    const user = await registerUser(input, "en");
    const before = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const parsed = change("not my password", "an even longer new password");
    if (!parsed.success) throw parsed.error;
    const error = await changePassword(user.id, parsed.data).catch((e: unknown) => e);
    expect(error).toMatchObject({ key: "validation.currentPasswordWrong", field: "currentPassword" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before.passwordHash);
    expect(await prisma.auditEvent.count({ where: { verb: "user.password.change" } })).toBe(0);
  });

  it.each([
    ["too short", change("a long enough password", "short", "short"), "newPassword", "validation.passwordShort"],
    ["mismatch", change("a long enough password", "an even longer new password", "something else"), "confirmPassword", "validation.passwordMismatch"],
    ["unchanged", change("a long enough password", "a long enough password"), "newPassword", "validation.passwordUnchanged"],
  ])("the schema refuses a %s new password", (_label, parsed, path, message) => {
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toContainEqual(expect.objectContaining({ path: [path], message }));
  });
});
