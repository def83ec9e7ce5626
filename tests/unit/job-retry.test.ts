import { describe, expect, it } from "vitest";
import { afterFailure, DEFAULT_MAX_ATTEMPTS, RETRY_CAP_MS, retryDelayMs } from "@/lib/jobs/retry";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe("retry delay after the n-th failure", () => {
  it.each([
    // attempt, without jitter, with the most jitter (+20 %)
    [1, 30 * SECOND, 36 * SECOND],
    [2, 60 * SECOND, 72 * SECOND],
    [3, 2 * MINUTE, 2.4 * MINUTE],
    [7, 32 * MINUTE, 38.4 * MINUTE],
    [8, 60 * MINUTE, 72 * MINUTE], // 64 min capped at one hour
    [12, 60 * MINUTE, 72 * MINUTE],
  ])("attempt %i waits %i ms (at most %i ms)", (attempt, least, most) => {
    expect(retryDelayMs(attempt, () => 0)).toBe(least);
    expect(retryDelayMs(attempt, () => 1)).toBe(most);
  });

  it("never waits longer than the cap plus jitter, however many attempts", () => {
    expect(retryDelayMs(60, () => 1)).toBe(RETRY_CAP_MS * 1.2);
  });

  it("spans several hours before giving up: an SMTP outage of an afternoon loses nothing", () => {
    const total = Array.from({ length: DEFAULT_MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1, () => 0)).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(5 * 60 * MINUTE);
  });
});

describe("after a failed attempt", () => {
  const now = new Date("2026-12-07T12:00:00Z");
  it.each([
    [1, 12, "PENDING"],
    [11, 12, "PENDING"],
    [12, 12, "FAILED"],
    [13, 12, "FAILED"], // a worker died during the last attempt
  ] as const)("attempt %i of %i → %s", (attempts, max, status) => {
    const outcome = afterFailure(attempts, max, now, () => 0);
    expect(outcome.status).toBe(status);
    if (outcome.status === "PENDING") expect(outcome.runAt.getTime()).toBe(now.getTime() + retryDelayMs(attempts, () => 0));
  });
});
