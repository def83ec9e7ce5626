import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { log, REQUEST_ID_HEADER, type LogFields, type LogLevel } from "./log";

// For code that runs inside a request (an action, a route, next-auth's callbacks) and also outside
// one (a script, a job, a test): the line carries the request id proxy.ts set when there is one.
// The JSON API under /api/v1 bypasses proxy.ts and makes its own id (lib/server/api/handlers.ts), which it
// hands down with withRequestId: a header the client wrote must not pass for ours.

const scoped = new AsyncLocalStorage<string>();

/** Runs `work` with `requestId` as the current request's id. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return scoped.run(requestId, work);
}

/** The current request's id (withRequestId, else proxy.ts's header); undefined outside a request. */
export async function currentRequestId(): Promise<string | undefined> {
  const own = scoped.getStore();
  if (own) return own;
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch (error) {
    // Next's own signals (a static render that must turn dynamic) are not ours to swallow.
    unstable_rethrow(error);
    return undefined;
  }
}

/** log() with the current request's id added when there is one. */
export async function logInRequest(level: LogLevel, event: string, fields: LogFields = {}): Promise<void> {
  log(level, event, { requestId: await currentRequestId(), ...fields });
}
