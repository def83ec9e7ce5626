import { describe, expect, it } from "vitest";
import { registerSchema, signInSchema } from "@/lib/validation/auth";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

const valid = {
  accountType: "STUDENT",
  name: "Zoë Van den Broeck",
  email: "zoe@ugent.be",
  password: "correct horse battery",
  confirmPassword: "correct horse battery",
};

function firstError(input: unknown): [string, string] | null {
  const r = registerSchema.safeParse(input);
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return [issue.path.join("."), issue.message];
}

describe("registerSchema", () => {
  it.each<[string, Record<string, unknown>, [string, string] | null]>([
    ["valid student", {}, null],
    ["valid company", { accountType: "COMPANY" }, null],
    ["office cannot self-register", { accountType: "OFFICE" }, ["accountType", "validation.accountType"]],
    ["admin cannot self-register", { accountType: "ADMIN" }, ["accountType", "validation.accountType"]],
    ["invalid e-mail", { email: "zoe-at-ugent" }, ["email", "validation.email"]],
    ["empty e-mail", { email: "" }, ["email", "validation.required"]],
    ["short password", { password: "short", confirmPassword: "short" }, ["password", "validation.password.short"]],
    ["11 characters is too short", { password: "12345678901", confirmPassword: "12345678901" }, ["password", "validation.password.short"]],
    ["mismatched confirmation", { confirmPassword: "something else entirely" }, ["confirmPassword", "validation.passwordMismatch"]],
    ["one-letter name", { name: "Z" }, ["name", "validation.nameShort"]],
  ])("%s", (_label, patch, expected) => {
    expect(firstError({ ...valid, ...patch })).toEqual(expected);
  });

  it("normalises the e-mail address", () => {
    expect(registerSchema.parse({ ...valid, email: "  Zoe@UGent.BE " }).email).toBe("zoe@ugent.be");
  });
});

describe("signInSchema", () => {
  it.each([
    [{ email: "a@b.eu", password: "x" }, true],
    [{ email: "a@b.eu", password: "" }, false],
    [{ email: "not-an-email", password: "x" }, false],
    [{}, false],
  ])("%j → %s", (input, ok) => {
    expect(signInSchema.safeParse(input).success).toBe(ok);
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/office", "/office"],
    ["/offers?q=python", "/offers?q=python"],
    ["//evil.example/x", undefined],
    ["/\\evil.example", undefined],
    ["https://evil.example", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
