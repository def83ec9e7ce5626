import "server-only";
import { messageKey, type MessageValues } from "@/lib/forms/message-key";

export type ExpectedStatus = 400 | 401 | 403 | 404 | 409 | 429;

export type ExpectedErrorOptions = {
  /** The one form field the refusal is about: shown beside it (and named as the API issue's path). */
  field?: string;
  status?: ExpectedStatus;
  /** Values of the message (lib/forms/message-key.ts), e.g. a limit and the value given. */
  params?: MessageValues;
  /** Per-field keys when a refusal is about several things (the failing checks of an approval). */
  fieldErrors?: Record<string, string[]>;
  /** The API's issue list for such a refusal (a key or a text each), instead of the one field. */
  issues?: readonly { path: string; message: string }[];
};

/**
 * An error the user can act on (duplicate e-mail, offer full…). Services throw it; the pipeline
 * (lib/server/pipeline/) answers with its message key, for a form and for the API alike. Anything
 * else is unexpected: logged, and answered with a generic message.
 */
export class ExpectedError extends Error {
  readonly key: string;
  readonly field?: string;
  readonly status: ExpectedStatus;
  readonly fieldErrors?: Record<string, string[]>;
  readonly issues?: readonly { path: string; message: string }[];

  constructor(key: string, options: ExpectedErrorOptions = {}) {
    const text = options.params ? messageKey(key, options.params) : key;
    super(text);
    this.name = "ExpectedError";
    this.key = text;
    this.field = options.field;
    this.status = options.status ?? 400;
    this.fieldErrors = options.fieldErrors;
    this.issues = options.issues;
  }
}

/** The role lacks the permission, or the user is not a party to the record. */
export class ForbiddenError extends ExpectedError {
  constructor() {
    super("errors.forbidden", { status: 403 });
  }
}

export class NotFoundError extends ExpectedError {
  constructor() {
    super("errors.notFound", { status: 404 });
  }
}
