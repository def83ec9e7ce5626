import "server-only";
import { audit } from "../audit";
import { prisma } from "../db";
import { isUniqueViolation } from "../db/errors";
import { env } from "../env";

/*
 * Throttles shared by every instance of the portal: the state is a ThrottleCounter row per
 * "kind:key", changed only by single atomic statements (upsert with increment, conditional
 * updateMany), so parallel requests on several instances all count.
 *
 * Two shapes:
 * - failure throttles (sign-in): failures count; after `free` failures each next attempt has to
 *   wait an exponentially growing time, after `lockAt` failures the key is locked for `lockMs`.
 *   Early attempts are refused, never slept on. A success clears the account's counter.
 * - fixed windows (registration, password-reset requests, the public API): `limit` units per
 *   window; an expensive request can cost several units.
 */

/**
 * Refused: come back in `retryAfterSeconds`. The message is the same for every key:
 * "throttled:<seconds>", which next-auth hands to the sign-in form as the error
 * (lib/forms/throttle-message.ts turns it into the translated sentence).
 */
export class ThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled:${Math.max(1, Math.ceil(retryAfterSeconds))}`);
    this.name = "ThrottledError";
  }
}

type FailurePolicy = { free: number; lockAt: number; lockMs: number; baseDelayMs: number; forgetAfterMs: number };
export type FailureKind = "sign-in-account" | "sign-in-address";

const MINUTE = 60_000;

function failurePolicy(kind: FailureKind): FailurePolicy {
  const lockMs = env.SIGN_IN_LOCK_MINUTES * MINUTE;
  const common = { lockMs, baseDelayMs: 1000 };
  // An account's counter left alone for a day starts again from zero. An address's after an hour:
  // a campus or office behind one NAT gathers everyone's typos, which must not add up all day.
  return kind === "sign-in-account"
    ? { ...common, free: env.SIGN_IN_FREE_FAILURES, lockAt: env.SIGN_IN_LOCK_FAILURES, forgetAfterMs: 24 * 60 * MINUTE }
    : { ...common, free: env.SIGN_IN_ADDRESS_FREE_FAILURES, lockAt: env.SIGN_IN_ADDRESS_LOCK_FAILURES, forgetAfterMs: 60 * MINUTE };
}

type WindowPolicy = { limit: number; windowMs: number };
export type WindowKind = "api" | "register" | "password-reset" | "password-reset-account" | "application-message";

function windowPolicy(kind: WindowKind): WindowPolicy {
  switch (kind) {
    case "api":
      return { limit: env.API_RATE_LIMIT_PER_MINUTE, windowMs: MINUTE };
    case "register":
    case "password-reset":
      return { limit: env.REGISTER_LIMIT_PER_HOUR, windowMs: 60 * MINUTE };
    // Reset mails to one address: enough for a person who lost a mail, too few to flood a mailbox.
    case "password-reset-account":
      return { limit: 5, windowMs: 60 * MINUTE };
    // Messages per author: each one mails the other side, so a flood of them floods mailboxes.
    case "application-message":
      return { limit: 30, windowMs: 60 * MINUTE };
  }
}

/** E-mail as typed → the account key: the same for "Ann@X.eu " and "ann@x.eu". */
export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

const counterKey = (kind: string, key: string) => `${kind}:${key}`;

/**
 * Adds `cost` to a counter and returns the row after the increment. One INSERT … ON CONFLICT
 * DO UPDATE on both databases; a lost race on the insert (possible with some drivers) retries.
 */
async function increment(key: string, cost: number, now: Date) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.throttleCounter.upsert({
        where: { key },
        create: { key, count: cost, windowStart: now, lastHitAt: now },
        update: { count: { increment: cost }, lastHitAt: now },
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

/** Starts a new period for a counter whose current one is over (conditional: it happens once). */
async function restartIfBefore(key: string, field: "windowStart" | "lastHitAt", cutoff: Date, now: Date) {
  await prisma.throttleCounter.updateMany({
    where: { key, [field]: { lte: cutoff } },
    data: { count: 0, windowStart: now, lockedUntil: null },
  });
}

/** Seconds before the next attempt on this key is accepted; 0 = go ahead. */
export async function failureWait(kind: FailureKind, key: string, now = new Date()): Promise<number> {
  const policy = failurePolicy(kind);
  const row = await prisma.throttleCounter.findUnique({ where: { key: counterKey(kind, key) } });
  if (!row || now.getTime() - row.lastHitAt.getTime() >= policy.forgetAfterMs) return 0;
  let until = row.lockedUntil?.getTime() ?? 0;
  if (row.count >= policy.free) {
    const delay = Math.min(policy.baseDelayMs * 2 ** (row.count - policy.free), policy.lockMs);
    until = Math.max(until, row.lastHitAt.getTime() + delay);
  }
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** Counts one failure; locks the key (and audits the lock) when it reaches the policy's limit. */
export async function recordFailure(kind: FailureKind, key: string, now = new Date()): Promise<{ count: number; locked: boolean }> {
  const policy = failurePolicy(kind);
  const id = counterKey(kind, key);
  await restartIfBefore(id, "lastHitAt", new Date(now.getTime() - policy.forgetAfterMs), now);
  const row = await increment(id, 1, now);
  if (row.count < policy.lockAt) return { count: row.count, locked: false };
  const lockedUntil = new Date(now.getTime() + policy.lockMs);
  // Only the request that turns the lock on records it: parallel failures do not audit twice.
  const turnedOn = await prisma.throttleCounter.updateMany({
    where: { key: id, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
    data: { lockedUntil },
  });
  if (turnedOn.count === 1) {
    await audit(prisma, {
      actorId: null,
      verb: "throttle.lock",
      entityType: "ThrottleCounter",
      entityId: id,
      after: { kind, failures: row.count, lockedUntil: lockedUntil.toISOString() },
    });
  }
  return { count: row.count, locked: true };
}

/** Forgets a key's failures (a successful sign-in). */
export async function clearFailures(kind: FailureKind, key: string): Promise<void> {
  await prisma.throttleCounter.deleteMany({ where: { key: counterKey(kind, key) } });
}

export type WindowVerdict = { allowed: boolean; remaining: number; resetInSeconds: number };

/** Spends `cost` units of the key's current window (fixed windows, shared by all instances). */
export async function consume(kind: WindowKind, key: string, cost = 1, now = new Date()): Promise<WindowVerdict> {
  const policy = windowPolicy(kind);
  const id = counterKey(kind, key);
  await restartIfBefore(id, "windowStart", new Date(now.getTime() - policy.windowMs), now);
  const row = await increment(id, cost, now);
  const resetInSeconds = Math.max(1, Math.ceil((row.windowStart.getTime() + policy.windowMs - now.getTime()) / 1000));
  return { allowed: row.count <= policy.limit, remaining: Math.max(0, policy.limit - row.count), resetInSeconds };
}

/**
 * For request handlers (registration, "forgot password"): spends one unit of `kind` for `key`
 * (a client address, a normalised e-mail …) and throws ThrottledError when over the limit.
 */
export async function assertWithinLimit(kind: WindowKind, key: string, cost = 1): Promise<void> {
  const verdict = await consume(kind, key, cost);
  if (!verdict.allowed) throw new ThrottledError(verdict.resetInSeconds);
}
