// When a failed job runs again: exponential from 30 s, capped at one hour, with up to 20 % jitter
// so the jobs an outage failed together (an SMTP server down) do not all return in the same second.
// Twelve attempts span about six hours: a mail survives an SMTP outage of an afternoon; after
// that the job is FAILED and waits for the administrator's retry (/admin/jobs).

export const RETRY_BASE_MS = 30_000;
export const RETRY_CAP_MS = 60 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 12;

/** The wait after the `attempt`-th failure (1-based). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const exponential = RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1);
  return Math.round(Math.min(RETRY_CAP_MS, exponential) * (1 + 0.2 * random()));
}

export type FailureOutcome = { status: "PENDING"; runAt: Date } | { status: "FAILED" };

/** After a failed attempt: run again later, or give up once every attempt is spent. */
export function afterFailure(attempts: number, maxAttempts: number, now: Date, random: () => number = Math.random): FailureOutcome {
  if (attempts >= maxAttempts) return { status: "FAILED" };
  return { status: "PENDING", runAt: new Date(now.getTime() + retryDelayMs(attempts, random)) };
}
