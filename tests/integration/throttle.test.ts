import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/server/db";
import { signInWithThrottle } from "@/lib/server/auth/throttled-sign-in";
import { assertWithinLimit, clearFailures, consume, failureWait, recordFailure, ThrottledError } from "@/lib/server/security/throttle";
import { createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

// Defaults of lib/server/env.ts: 5 free failures, lock at 10 for 15 minutes (per account);
// 20 / 100 per client address; 120 API units per minute; 20 registrations per hour.
const T0 = new Date("2026-12-07T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const PASSWORD = "a long enough password";

beforeEach(resetDatabase);
afterEach(() => vi.useRealTimers());

async function failures(kind: "sign-in-account" | "sign-in-address", key: string, n: number, start = T0) {
  for (let i = 0; i < n; i++) await recordFailure(kind, key, start);
}

describe("failure throttle", () => {
  it("lets the first failures through, then waits 1, 2, 4, 8, 16 s, then locks for 15 minutes", async () => {
    await failures("sign-in-account", "ann@example.eu", 4);
    expect(await failureWait("sign-in-account", "ann@example.eu", T0)).toBe(0);
    const waits: number[] = [];
    for (let n = 5; n <= 9; n++) {
      await recordFailure("sign-in-account", "ann@example.eu", T0);
      waits.push(await failureWait("sign-in-account", "ann@example.eu", T0));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // Once the wait is over, the next attempt is accepted.
    expect(await failureWait("sign-in-account", "ann@example.eu", at(16_000))).toBe(0);
    const tenth = await recordFailure("sign-in-account", "ann@example.eu", T0);
    expect(tenth).toEqual({ count: 10, locked: true });
    expect(await failureWait("sign-in-account", "ann@example.eu", T0)).toBe(15 * 60);
    expect(await failureWait("sign-in-account", "ann@example.eu", at(14 * 60_000))).toBe(60);
  });

  it("audits the lock once, even when parallel failures pass the limit together", async () => {
    await failures("sign-in-account", "bob@example.eu", 8);
    await Promise.all(Array.from({ length: 5 }, () => recordFailure("sign-in-account", "bob@example.eu", T0)));
    const events = await prisma.auditEvent.findMany({ where: { verb: "throttle.lock" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, entityType: "ThrottleCounter", entityId: "sign-in-account:bob@example.eu" });
  });

  it("counts 20 parallel failures as 20", async () => {
    await Promise.all(Array.from({ length: 20 }, () => recordFailure("sign-in-address", "198.51.100.7", T0)));
    const row = await prisma.throttleCounter.findUniqueOrThrow({ where: { key: "sign-in-address:198.51.100.7" } });
    expect(row.count).toBe(20);
  });

  it("forgets a key left alone for a day, and clears on demand", async () => {
    await failures("sign-in-account", "cy@example.eu", 10);
    expect(await failureWait("sign-in-account", "cy@example.eu", at(24 * 3600_000))).toBe(0);
    expect(await recordFailure("sign-in-account", "cy@example.eu", at(24 * 3600_000))).toEqual({ count: 1, locked: false });
    // A client address (shared by everyone behind one NAT) is forgotten after a quiet hour.
    await failures("sign-in-address", "192.0.2.80", 30);
    expect(await recordFailure("sign-in-address", "192.0.2.80", at(59 * 60_000))).toMatchObject({ count: 31 });
    expect(await recordFailure("sign-in-address", "192.0.2.80", at(119 * 60_000))).toEqual({ count: 1, locked: false });
    await clearFailures("sign-in-address", "192.0.2.80");
    await clearFailures("sign-in-account", "cy@example.eu");
    expect(await prisma.throttleCounter.count()).toBe(0);
  });
});

describe("signInWithThrottle", () => {
  const address = "203.0.113.50";

  async function attempt(email: string, password: string) {
    return signInWithThrottle({ email, password }, address).then(
      (user) => (user ? "signed-in" : "wrong"),
      (error: unknown) => (error instanceof ThrottledError ? error.message : Promise.reject(error)),
    );
  }

  it("refuses early attempts without a password check, locks after 10 failures, then refuses even the right password", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    await createUser(prisma, { email: "dana@example.eu", password: PASSWORD });
    const results: string[] = [];
    for (let i = 0; i < 5; i++) results.push(await attempt("dana@example.eu", "wrong password!"));
    expect(results).toEqual(Array(5).fill("wrong"));
    // Straight after the fifth failure: wait a second (nothing counted, password not checked).
    expect(await attempt("dana@example.eu", PASSWORD)).toBe("throttled:1");
    for (const wait of [1, 2, 4, 8]) {
      vi.setSystemTime(Date.now() + wait * 1000);
      expect(await attempt("Dana@Example.eu ", "wrong password!")).toBe("wrong");
    }
    vi.setSystemTime(Date.now() + 16_000);
    // The tenth failure locks, and says so.
    expect(await attempt("dana@example.eu", "wrong password!")).toBe("throttled:900");
    vi.setSystemTime(Date.now() + 60_000);
    expect(await attempt("dana@example.eu", PASSWORD)).toBe("throttled:840");
    vi.setSystemTime(Date.now() + 14 * 60_000);
    expect(await attempt("dana@example.eu", PASSWORD)).toBe("signed-in");
    // Success forgets the account's failures.
    expect(await prisma.throttleCounter.findUnique({ where: { key: "sign-in-account:dana@example.eu" } })).toBeNull();
    expect(await attempt("dana@example.eu", "wrong password!")).toBe("wrong");
  });

  it("answers an unknown account exactly as an existing one", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    await createUser(prisma, { email: "eve@example.eu", password: PASSWORD });
    const run = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) seen.push(await attempt(email, "wrong password!"));
      return seen;
    };
    const existing = await run("eve@example.eu");
    await prisma.throttleCounter.deleteMany({ where: { key: { startsWith: "sign-in-address:" } } });
    const unknown = await run("nobody@example.eu");
    expect(unknown).toEqual(existing);
    expect(existing).toEqual([...Array(5).fill("wrong"), "throttled:1", "throttled:1"]);
  });

  it("also throttles one address guessing across many accounts", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: T0 });
    const seen: string[] = [];
    for (let i = 0; i < 21; i++) seen.push(await attempt(`user${i}@example.eu`, "wrong password!"));
    expect(seen.slice(0, 20)).toEqual(Array(20).fill("wrong"));
    expect(seen[20]).toBe("throttled:1");
  });
});

describe("fixed windows", () => {
  it("counts cost-weighted units per window and starts a new window after a minute", async () => {
    expect(await consume("api", "198.51.100.1", 1, T0)).toMatchObject({ allowed: true, remaining: 119, resetInSeconds: 60 });
    expect(await consume("api", "198.51.100.1", 10, at(30_000))).toMatchObject({ allowed: true, remaining: 109, resetInSeconds: 30 });
    expect(await consume("api", "198.51.100.1", 109, at(31_000))).toMatchObject({ allowed: true, remaining: 0 });
    expect(await consume("api", "198.51.100.1", 1, at(32_000))).toMatchObject({ allowed: false, remaining: 0, resetInSeconds: 28 });
    // Another client has its own window.
    expect((await consume("api", "198.51.100.2", 1, at(32_000))).allowed).toBe(true);
    expect(await consume("api", "198.51.100.1", 1, at(60_000))).toMatchObject({ allowed: true, remaining: 119, resetInSeconds: 60 });
  });

  it("enforces one limit for parallel requests (as from several instances)", async () => {
    const verdicts = await Promise.all(Array.from({ length: 130 }, () => consume("api", "198.51.100.3", 1, T0)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(120);
    const row = await prisma.throttleCounter.findUniqueOrThrow({ where: { key: "api:198.51.100.3" } });
    expect(row.count).toBe(130);
  });

  it("assertWithinLimit throws ThrottledError past the hourly registration limit", async () => {
    for (let i = 0; i < 20; i++) await assertWithinLimit("register", "198.51.100.4");
    const error = await assertWithinLimit("register", "198.51.100.4").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).retryAfterSeconds).toBeGreaterThan(3500);
    await expect(assertWithinLimit("register", "198.51.100.5")).resolves.toBeUndefined();
  });
});
