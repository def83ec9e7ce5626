import { describe, expect, it } from "vitest";
import { hostSeesApplicantEmail, isThreadOpen, threadAccess } from "@/lib/domain/application-messages";
import { MESSAGE_MAX, messageBodySchema, messageSchema } from "@/lib/validation/application-message";

describe("threadAccess(role)", () => {
  it.each([
    ["COMPANY", { side: "HOST", canWrite: true }],
    ["STUDENT", { side: "APPLICANT", canWrite: true }],
    // The applicant's international office follows the conversation; it does not take part.
    ["OFFICE", { side: null, canWrite: false }],
    // Admins administer accounts; they do not read private conversations.
    ["ADMIN", null],
    ["GUEST", null],
    ["company", null],
    ["", null],
  ])("%s → %j", (role, expected) => {
    expect(threadAccess(role)).toEqual(expected);
  });
});

describe.each([
  ["SUBMITTED", true, false],
  ["SHORTLISTED", true, true],
  ["ACCEPTED", true, true],
  ["REJECTED", false, false],
  ["WITHDRAWN", false, false],
  ["UNKNOWN", false, false],
])("an application %s", (status, open, email) => {
  it(`${open ? "keeps" : "closes"} its thread`, () => expect(isThreadOpen(status)).toBe(open));
  it(`${email ? "shows" : "hides"} the applicant's e-mail to the host`, () => expect(hostSeesApplicantEmail(status)).toBe(email));
});

describe("message schema", () => {
  const parse = (body: unknown) => messageSchema.safeParse({ applicationId: "app-1", body });
  const issue = (body: unknown) => {
    const r = parse(body);
    return r.success ? null : r.error.issues[0]!.message;
  };

  it.each([
    ["", "applicationMessages.errors.empty"],
    ["   \n ", "applicationMessages.errors.empty"],
    [undefined, "applicationMessages.errors.empty"],
    ["x".repeat(MESSAGE_MAX + 1), `validation.maxChars?max=${MESSAGE_MAX}&count=${MESSAGE_MAX + 1}`],
    ["Hello", null],
    ["x".repeat(MESSAGE_MAX), null],
  ])("%#: %j → %s", (body, expected) => {
    expect(issue(body)).toBe(expected);
  });

  it("trims the message, and counts the limit without the surrounding blanks", () => {
    expect(parse(`  ${"y".repeat(MESSAGE_MAX)}  \n`).success).toBe(true);
    expect(messageBodySchema.parse({ body: "  Hi there \n" })).toEqual({ body: "Hi there" });
  });

  it("refuses a missing or oversized application id", () => {
    expect(messageSchema.safeParse({ body: "Hi" }).success).toBe(false);
    expect(messageSchema.safeParse({ applicationId: "a".repeat(65), body: "Hi" }).success).toBe(false);
  });
});
