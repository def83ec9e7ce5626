import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { registerUser } from "@/lib/server/services/users";
import { authenticateWithPassword } from "@/lib/server/auth/credentials";
import { ExpectedError } from "@/lib/server/errors";
import { registerSchema } from "@/lib/validation/auth";
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
