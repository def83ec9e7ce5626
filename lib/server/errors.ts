import "server-only";

/**
 * An error the user can act on (duplicate e-mail, offer full…). Services throw it; the action
 * pipeline and the API show its message key. Anything else is unexpected: logged, and answered
 * with a generic message.
 */
export class ExpectedError extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
    readonly status: 400 | 403 | 404 | 409 | 429 = 400,
  ) {
    super(key);
    this.name = "ExpectedError";
  }
}

export class ForbiddenError extends ExpectedError {
  constructor() {
    super("errors.forbidden", undefined, 403);
  }
}

export class NotFoundError extends ExpectedError {
  constructor() {
    super("errors.notFound", undefined, 404);
  }
}
