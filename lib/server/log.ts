import "server-only";
import { pino, type DestinationStream, type Logger } from "pino";
import { env } from "./env";

// One JSON line per event on stdout (pino), so a log shipper can index the fields: level as a word,
// ISO time, pid and hostname (which instance wrote it, when several run), the event name and its
// fields. Expected client errors are one line without a stack; unexpected ones carry the request id
// (set by proxy.ts as x-request-id and returned to the client) and the stack as a field.
// No pino transports: they run in worker threads, which Next's server bundle cannot load.

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;
export type { Logger };

export const REQUEST_ID_HEADER = "x-request-id";

// Values never written, wherever they sit up to two levels down (a pino wildcard matches one
// level): `{ password }`, `{ user: { password } }`, `{ req: { headers: { cookie } } }`.
const SECRET_KEYS = ["password", "token", "accessToken", "refreshToken", "idToken", "secret", "authorization", "cookie", "set-cookie"];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`, `*.*["${key}"]`]);
export const REDACTED = "[redacted]";

/** A logger with the portal's format; `destination` is for tests (default: stdout, written synchronously so a crash loses no line). */
export function createLogger(level: string, destination: DestinationStream = pino.destination({ dest: 1, sync: true })): Logger {
  return pino(
    {
      level,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: REDACTED },
    },
    destination,
  );
}

/** The process's root logger (level from LOG_LEVEL). */
export const logger: Logger = createLogger(env.LOG_LEVEL);

/** A logger whose every line carries `fields`: `childLogger({ requestId })`, `childLogger({ jobId, kind })`. */
export function childLogger(fields: LogFields, parent: Logger = logger): Logger {
  return parent.child(fields);
}

/** One line: `event` names what happened (`api.unexpected`), `fields` say the rest. */
export function log(level: LogLevel, event: string, fields: LogFields = {}, to: Logger = logger): void {
  to[level](fields, event);
}

/**
 * An error as log fields: name, message, digest (Next's reference shown on the error page) and,
 * unless `stack: false` (an expected outside failure, e.g. a provider that is down), the stack.
 */
export function errorFields(error: unknown, { stack = true }: { stack?: boolean } = {}): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const digest = "digest" in error && typeof error.digest === "string" ? error.digest : undefined;
  return { error: error.name, message: error.message, ...(digest ? { digest } : {}), ...(stack ? { stack: error.stack } : {}) };
}
