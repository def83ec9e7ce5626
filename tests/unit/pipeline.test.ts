import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/server/auth/session";

vi.mock("server-only", () => ({}));
const { runPipeline, fromSafeParse } = await import("@/lib/server/pipeline/core");
const { formDataToObject, formStateOf, stringValues } = await import("@/lib/server/pipeline/form");
const { ExpectedError, NotFoundError } = await import("@/lib/server/errors");
const { localeChoiceSchema } = await import("@/lib/validation/locale");

// The pipeline is tested through its dependencies: the session getter and the logger are handed in.
function user(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: "u1",
    email: "u1@example.org",
    name: "U One",
    role: "COMPANY",
    locale: "en",
    institutionId: null,
    hostOrganisationId: "h1",
    emailVerified: true,
    mustChangePassword: false,
    ...overrides,
  };
}

function deps(current: CurrentUser | null) {
  const logged: unknown[] = [];
  const currentUser = vi.fn(async () => current);
  return { logged, currentUser, deps: { currentUser, logUnexpected: (error: unknown) => void logged.push(error) } };
}

const schema = z.object({ title: z.string().min(3, "validation.tooShort") });

function run(
  current: CurrentUser | null,
  raw: unknown,
  handler: (input: { title: string }, user: CurrentUser) => Promise<string> = async (input) => `saved ${input.title}`,
  options: { parseFirst?: boolean; allowedBeforePasswordChange?: boolean } = {},
) {
  const d = deps(current);
  const result = runPipeline(
    {
      access: { auth: "required", permission: "manage:offer:own", allowedBeforePasswordChange: options.allowedBeforePasswordChange },
      parseFirst: options.parseFirst ?? true,
      input: () => fromSafeParse(schema.safeParse(raw)),
      handler,
    },
    d.deps,
  );
  return { result, ...d };
}

describe("pipeline", () => {
  it("runs the handler with the parsed input and the user the server loaded", async () => {
    const handler = vi.fn(async (input: { title: string }, u: CurrentUser) => `${input.title} by ${u.id}`);
    const { result } = run(user(), { title: "Data analyst" }, handler);
    expect(await result).toEqual({ ok: true, answer: "Data analyst by u1" });
    expect(handler).toHaveBeenCalledOnce();
  });

  it("answers a parse failure with the field errors (keys) and the API issues, the handler not called", async () => {
    const handler = vi.fn(async () => "never");
    const { result } = run(user(), { title: "ab" }, handler);
    expect(await result).toEqual({
      ok: false,
      failure: {
        kind: "invalid",
        status: 400,
        key: "errors.fixFields",
        fieldErrors: { title: ["validation.tooShort"] },
        issues: [{ path: "title", key: "validation.tooShort" }],
      },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("names the body itself when the input is not an object at all", async () => {
    const { result } = run(user(), "just text");
    const outcome = await result;
    expect(!outcome.ok && outcome.failure.issues.map((i) => i.path)).toEqual(["(body)"]);
  });

  it("answers an anonymous caller with 401 and the sign-in message", async () => {
    const { result } = run(null, { title: "Data analyst" });
    expect(await result).toMatchObject({ ok: false, failure: { kind: "refused", status: 401, key: "errors.signInRequired", fieldErrors: {} } });
  });

  it("parses before authenticating for forms, and authenticates first for the API", async () => {
    expect(await run(null, { title: "ab" }).result).toMatchObject({ failure: { kind: "invalid" } });
    const api = run(null, { title: "ab" }, undefined, { parseFirst: false });
    expect(await api.result).toMatchObject({ failure: { status: 401 } });
  });

  it("refuses a role without the permission with 403", async () => {
    const handler = vi.fn(async () => "never");
    const { result } = run(user({ role: "STUDENT" }), { title: "Data analyst" }, handler);
    expect(await result).toMatchObject({ ok: false, failure: { kind: "refused", status: 403, key: "errors.forbidden" } });
    expect(handler).not.toHaveBeenCalled();
  });

  it("fails closed on a role it does not know", async () => {
    const { result } = run(user({ role: "SUPERUSER" as never }), { title: "Data analyst" });
    expect(await result).toMatchObject({ ok: false, failure: { status: 403, key: "errors.forbidden" } });
  });

  it("lets an officer with a one-time password do nothing but choose a new one", async () => {
    const officer = user({ mustChangePassword: true });
    expect(await run(officer, { title: "Data analyst" }).result).toMatchObject({ ok: false, failure: { status: 403, key: "errors.choosePasswordFirst" } });
    expect(await run(officer, { title: "Data analyst" }, undefined, { allowedBeforePasswordChange: true }).result).toMatchObject({ ok: true });
  });

  it("loads no session for a public route, and hands the signed-in user to an optional one", async () => {
    const none = deps(user());
    const handler = vi.fn(async (_input: undefined, u: CurrentUser | null) => u?.id ?? "anonymous");
    const input = () => ({ ok: true as const, data: undefined });
    expect(await runPipeline({ access: { auth: "none" }, parseFirst: false, input, handler }, none.deps)).toEqual({ ok: true, answer: "anonymous" });
    expect(none.currentUser).not.toHaveBeenCalled();
    expect(await runPipeline({ access: { auth: "optional" }, parseFirst: false, input, handler }, deps(user()).deps)).toEqual({ ok: true, answer: "u1" });
  });

  it("answers an expected error with its key, status and field, without logging it", async () => {
    const { result, logged } = run(user(), { title: "Data analyst" }, async () => {
      throw new ExpectedError("offerEditor.notQualifying", { field: "tasks" });
    });
    expect(await result).toEqual({
      ok: false,
      failure: {
        kind: "refused",
        status: 400,
        key: "offerEditor.notQualifying",
        field: "tasks",
        fieldErrors: { tasks: ["offerEditor.notQualifying"] },
        issues: [{ path: "tasks", key: "offerEditor.notQualifying" }],
      },
    });
    expect(logged).toEqual([]);
    const notFound = run(user(), { title: "Data analyst" }, async () => {
      throw new NotFoundError();
    });
    expect(await notFound.result).toMatchObject({ ok: false, failure: { status: 404, key: "errors.notFound", fieldErrors: {}, issues: [] } });
  });

  it("keeps an expected error's message values and its own field errors and issues", async () => {
    const { result } = run(user(), { title: "Data analyst" }, async () => {
      throw new ExpectedError("placementDecision.errors.hardChecksFail", {
        status: 409,
        params: { count: 2 },
        fieldErrors: { checks: ["duration", "format"] },
        issues: [{ path: "checks.duration", message: "Too long." }],
      });
    });
    expect(await result).toMatchObject({
      ok: false,
      failure: {
        status: 409,
        key: "placementDecision.errors.hardChecksFail?count=2",
        fieldErrors: { checks: ["duration", "format"] },
        issues: [{ path: "checks.duration", text: "Too long." }],
      },
    });
  });

  it("answers an unexpected error with the generic message and logs it", async () => {
    const boom = new TypeError("database gone");
    const { result, logged } = run(user(), { title: "Data analyst" }, async () => {
      throw boom;
    });
    expect(await result).toEqual({ ok: false, failure: { kind: "unexpected", status: 500, key: "errors.generic", fieldErrors: {}, issues: [] } });
    expect(logged).toEqual([boom]);
  });

  it("lets Next's redirect and notFound signals through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/en/company;307;" });
    const { result, logged } = run(user(), { title: "Data analyst" }, async () => {
      throw redirect;
    });
    await expect(result).rejects.toBe(redirect);
    expect(logged).toEqual([]);
  });
});

describe("pipeline form state", () => {
  it("shows a refusal about one field beside it, any other failure as the form's message, with the typed values", () => {
    const values = { title: "Data analyst" };
    expect(formStateOf({ kind: "refused", status: 400, key: "k.field", field: "tasks", fieldErrors: { tasks: ["k.field"] }, issues: [] }, values)).toEqual({
      ok: false,
      fieldErrors: { tasks: ["k.field"] },
      values,
    });
    expect(formStateOf({ kind: "refused", status: 401, key: "errors.signInRequired", fieldErrors: {}, issues: [] }, values)).toEqual({
      ok: false,
      fieldErrors: {},
      message: "errors.signInRequired",
      values,
    });
  });

  it("reads repeated fields as lists, skips React's own fields and never echoes a password", () => {
    const form = new FormData();
    form.append("languageCode", "de");
    form.append("languageCode", "fr");
    form.append("$ACTION_ID_abc", "");
    form.append("newPassword", "secret secret");
    form.append("title", "Data analyst");
    const raw = formDataToObject(form);
    expect(raw).toEqual({ languageCode: ["de", "fr"], newPassword: "secret secret", title: "Data analyst" });
    expect(stringValues(raw)).toEqual({ title: "Data analyst" });
  });
});

describe("the language switch's input (app/[locale]/actions/locale.ts)", () => {
  it("takes a known locale and a path of this portal", () => {
    expect(localeChoiceSchema.parse({ locale: "de", path: "/en/offers?q=data" })).toEqual({ locale: "de", path: "/en/offers?q=data" });
  });

  it("refuses an unknown locale (nothing changes) and sends another host or a missing path home", () => {
    expect(localeChoiceSchema.safeParse({ locale: "xx", path: "/" }).success).toBe(false);
    for (const path of ["//evil.example", "/\\evil.example", "https://evil.example", undefined]) {
      expect(localeChoiceSchema.parse({ locale: "fr", path }).path).toBe("/");
    }
  });
});
