import { describe, expect, it } from "vitest";
import { passwordProblem, isCommonPassword } from "@/lib/domain/passwords";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/domain/password-limits";
import { passwordStrength } from "@/lib/auth/password-strength";
import { hashToken, newRawToken, tokenState } from "@/lib/domain/auth-token";
import { registerSchema, resetPasswordSchema } from "@/lib/validation/auth";

// Random-looking but fixed, so none of them is on the common list.
const of = (n: number) => "Tq7#vLm2pZx9".repeat(20).slice(0, n);

describe("password rules (ASVS L2)", () => {
  it("allows 12 to 128 characters", () => {
    expect([PASSWORD_MIN, PASSWORD_MAX]).toEqual([12, 128]);
  });

  it.each([
    ["11 characters", of(11), "short"],
    ["12 characters", of(12), null],
    ["64 characters", of(64), null],
    ["128 characters", of(128), null],
    ["129 characters", of(129), "long"],
    ["no composition rules: lower-case words", "correct horse battery staple", null],
    ["the demo password (13 characters)", "DemoPass!2026", null],
    ["a common password", "password1234", "common"],
    ["a common password in capitals with a space", " QWERTYUIOP123 ", "common"],
    ["from the issue: aaaaaaaaaa, made 12 long", "aaaaaaaaaaaa", "common"],
    ["unicode counts code points: 12 emoji", "🔑".repeat(12), "common"],
    ["unicode counts code points: 11 mixed", "🔑🚪æøåéü漢字日本", "short"],
    ["unicode counts code points: 12 mixed", "🔑🚪æøåéü漢字日本語", null],
  ])("%s", (_label, password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("the zod schemas apply the same limits (the list is the server's)", () => {
    const reg = (password: string) => registerSchema.safeParse({ accountType: "STUDENT", name: "Ana", email: "a@b.eu", password, confirmPassword: password });
    expect(reg(of(11)).error?.issues[0]?.message).toBe("validation.password.short");
    expect(reg(of(12)).success).toBe(true);
    expect(reg(of(128)).success).toBe(true);
    expect(reg(of(129)).error?.issues[0]?.message).toBe("validation.password.long");
    expect(reg("🔑🚪æøåéü漢字日本語").success).toBe(true);
    expect(resetPasswordSchema.safeParse({ token: "t", newPassword: of(11), confirmPassword: of(11) }).success).toBe(false);
  });

  it("knows tens of thousands of common passwords", () => {
    expect(["123456789012", "iloveyou1234", "qwertyuiop12"].filter(isCommonPassword).length).toBeGreaterThan(0);
    expect(isCommonPassword("Tq7#vLm2pZx9")).toBe(false);
  });
});

describe("strength meter estimate", () => {
  it.each([
    ["", "empty"],
    [of(11), "tooShort"],
    ["aaaaaaaaaaaa", "weak"],
    ["abcdefghijkl", "weak"],
    ["abcdefghijklmn", "fair"],
    ["correct horse battery staple", "strong"],
    [of(16), "strong"],
  ])("%j → %s", (password, level) => {
    expect(passwordStrength(password)).toBe(level);
  });
});

describe("e-mailed link tokens", () => {
  it("are 256 random bits in URL-safe text, stored only as their SHA-256", async () => {
    const raw = newRawToken();
    expect(raw).toMatch(/^[\w-]{43}$/);
    expect(newRawToken()).not.toBe(raw);
    expect(await hashToken(raw)).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashToken(raw)).toBe(await hashToken(raw));
    expect(await hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  const now = new Date("2026-12-07T12:00:00Z");
  it.each([
    ["unknown", null, "invalid"],
    ["used", { usedAt: new Date("2026-12-07T11:59:00Z"), expiresAt: new Date("2026-12-07T12:20:00Z") }, "used"],
    ["expired", { usedAt: null, expiresAt: new Date("2026-12-07T11:59:59Z") }, "expired"],
    ["expiring this instant", { usedAt: null, expiresAt: now }, "expired"],
    ["valid", { usedAt: null, expiresAt: new Date("2026-12-07T12:00:01Z") }, "valid"],
  ])("%s → %s", (_label, token, state) => {
    expect(tokenState(token, now)).toBe(state);
  });
});
