import "server-only";
import type { z } from "zod";
import type { FieldErrors } from "@/lib/forms/form-state";
import { zodIssuesToFieldErrors } from "@/lib/forms/zod-field-errors";
import type { CurrentUser } from "../auth/session";
import { can, type Permission } from "../auth/policy";
import { ExpectedError, ForbiddenError } from "../errors";

// The one pipeline of every server action (lib/server/action.ts) and every API route
// (lib/server/api/handlers.ts): read the input with its schema, authenticate, authorize against the user the
// server loaded, run the handler, and map whatever went wrong to one Failure. The wrappers only
// render: a form state, or a JSON response. The session getter and the logger come in as
// dependencies, so the pipeline is unit-tested without a request (tests/unit/pipeline.test.ts).

/**
 * Who may run it: a signed-in user with a permission; anyone, with the user when signed in
 * ("optional"); or anyone without loading a session at all ("none": the handler gets null).
 */
export type Access = RequiredAuth | { auth: "optional" } | { auth: "none" };
export type RequiredAuth = { auth: "required"; permission: Permission; allowedBeforePasswordChange?: boolean };

export type UserFor<A extends Access> = A extends { auth: "required" } ? CurrentUser : A extends { auth: "optional" } ? CurrentUser | null : null;

export type PipelineDeps = {
  /** The signed-in user as the server loaded them (lib/server/auth/session.ts), never from the client. */
  currentUser: () => Promise<CurrentUser | null>;
  /** Writes an unexpected error (one line with its stack). */
  logUnexpected: (error: unknown) => void | Promise<void>;
};

/** An API issue: a message key to translate, or the words a refusal brings along (approval checks). */
export type FailureIssue = { path: string; key: string } | { path: string; text: string };

export type Failure = {
  /** invalid: the schema refused the input; refused: an expected refusal; unexpected: a bug, logged. */
  kind: "invalid" | "refused" | "unexpected";
  status: number;
  /** The message key of the answer. */
  key: string;
  /** Set when the refusal is about one field: a form shows the key beside it, not as its message. */
  field?: string;
  /** Message keys per field, for a form. */
  fieldErrors: FieldErrors;
  issues: FailureIssue[];
};

/**
 * What a step reads from the request: the parsed input, the schema's refusal, or an answer of the
 * wrapper's own that ends the run (an API body of the wrong media type or size, say).
 */
export type Input<T, R> = { ok: true; data: T } | { ok: false; error: z.ZodError } | { ok: false; answer: R };

/** What a schema's safeParse (or a reader of lib/validation built on one) returns. */
export type SafeParsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

export function fromSafeParse<T, R = never>(parsed: SafeParsed<T>): Input<T, R> {
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, error: parsed.error };
}

/** The schema refused the input. */
export class InvalidInputError extends ExpectedError {
  constructor(readonly zodError: z.ZodError) {
    super("errors.fixFields");
    this.name = "InvalidInputError";
  }
}

/** Next's redirect()/notFound()/forbidden() are signalled by throwing: they are no errors. */
function isNextSignal(error: unknown): boolean {
  return !!error && typeof error === "object" && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_");
}

/** The one mapping from an error to the answer; null for an unexpected one. */
export function failureOf(error: unknown): Failure | null {
  if (error instanceof InvalidInputError) {
    const issues = error.zodError.issues;
    return {
      kind: "invalid",
      status: 400,
      key: error.key,
      fieldErrors: zodIssuesToFieldErrors(issues),
      issues: issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", key: i.message })),
    };
  }
  if (!(error instanceof ExpectedError)) return null;
  const { key, field, status } = error;
  const fieldErrors: FieldErrors = error.fieldErrors ?? (field ? { [field]: [key] } : {});
  const issues: FailureIssue[] = error.issues ? error.issues.map((i) => ({ path: i.path, text: i.message })) : field ? [{ path: field, key }] : [];
  return { kind: "refused", status, key, field, fieldErrors, issues };
}

const UNEXPECTED: Failure = { kind: "unexpected", status: 500, key: "errors.generic", fieldErrors: {}, issues: [] };

async function authorize(access: Access, deps: PipelineDeps): Promise<CurrentUser | null> {
  if (access.auth === "none") return null;
  const user = await deps.currentUser();
  if (access.auth === "optional") return user;
  if (!user) throw new ExpectedError("errors.signInRequired", { status: 401 });
  // An officer with a one-time password does nothing but choose a new one.
  if (user.mustChangePassword && !access.allowedBeforePasswordChange) throw new ExpectedError("errors.choosePasswordFirst", { status: 403 });
  // can() fails closed: a role it does not know has no permission at all.
  if (!can(user.role, access.permission)) throw new ForbiddenError();
  return user;
}

export type PipelineSpec<A extends Access, T, R> = {
  access: A;
  /** Reads and parses the input. */
  input: () => Input<T, R> | Promise<Input<T, R>>;
  /**
   * Forms parse before they authenticate (a user whose session ended still sees their field
   * errors first); the API authenticates first (an anonymous caller learns nothing of the body).
   */
  parseFirst: boolean;
  handler: (input: T, user: UserFor<A>) => Promise<R>;
};

export type PipelineResult<R> = { ok: true; answer: R } | { ok: false; failure: Failure };

export async function runPipeline<A extends Access, T, R>(spec: PipelineSpec<A, T, R>, deps: PipelineDeps): Promise<PipelineResult<R>> {
  try {
    const read = async (): Promise<{ data: T } | { answer: R }> => {
      const input = await spec.input();
      if (input.ok) return { data: input.data };
      if ("answer" in input) return { answer: input.answer };
      throw new InvalidInputError(input.error);
    };
    const before = spec.parseFirst ? null : { user: await authorize(spec.access, deps) };
    const input = await read();
    if ("answer" in input) return { ok: true, answer: input.answer };
    const { user } = before ?? { user: await authorize(spec.access, deps) };
    return { ok: true, answer: await spec.handler(input.data, user as UserFor<A>) };
  } catch (error) {
    if (isNextSignal(error)) throw error;
    const failure = failureOf(error);
    if (failure) return { ok: false, failure };
    await deps.logUnexpected(error);
    return { ok: false, failure: UNEXPECTED };
  }
}
