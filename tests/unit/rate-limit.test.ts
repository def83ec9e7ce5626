import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { RateLimiter } = await import("@/lib/server/rate-limit");

describe("RateLimiter", () => {
  it("allows `limit` requests per window and key, then refuses until the window resets", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.hit("1.2.3.4").allowed)).toEqual([true, true, true]);
    expect(limiter.hit("1.2.3.4")).toMatchObject({ allowed: false, remaining: 0, resetInSeconds: 60 });
    // Another client is counted separately.
    expect(limiter.hit("5.6.7.8").allowed).toBe(true);
    now += 59_999;
    expect(limiter.hit("1.2.3.4").allowed).toBe(false);
    now += 1;
    expect(limiter.hit("1.2.3.4")).toMatchObject({ allowed: true, remaining: 2 });
  });
});
