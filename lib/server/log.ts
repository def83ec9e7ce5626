import "server-only";

// One JSON line per event on stdout (info) or stderr (warn/error), so a log shipper can index the
// fields. Expected client errors are one line without a stack; unexpected ones carry the request id
// (set by proxy.ts as x-request-id and returned to the client) and the stack as a field.

export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export const REQUEST_ID_HEADER = "x-request-id";

export function log(level: LogLevel, event: string, fields: LogFields = {}): void {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "info") process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

/** An error as log fields: name, message, digest (Next's reference shown on the error page), stack. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const digest = "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return { error: error.name, message: error.message, ...(digest ? { digest } : {}), stack: error.stack };
}
