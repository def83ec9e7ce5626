import "server-only";
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// argon2id with OWASP's first recommended set (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1),
// ≈ 70 ms per hash here. The prebuilt binary comes with the npm package; nothing is downloaded.
// Algorithm.Argon2id is a const enum, which isolated modules cannot import: 2 is its value.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2ID);
}

function isBcryptHash(stored: string): boolean {
  return /^\$2[aby]\$/.test(stored);
}

/** True for a stored hash made before argon2id (bcrypt): sign-in re-hashes it with the password. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith("$argon2id$");
}

let dummyHash: Promise<string> | undefined;

/**
 * Compares against a throw-away hash when the account has none, so a sign-in attempt takes as
 * long for an unknown e-mail as for a wrong password (no account enumeration by timing).
 * bcrypt hashes from before argon2id still verify — except for passwords over 72 bytes, which
 * bcrypt silently truncated: those are refused rather than accepted on their first 72 bytes.
 */
export async function verifyPassword(plain: string, stored: string | null | undefined): Promise<boolean> {
  if (!stored) {
    dummyHash ??= hashPassword("timing-equaliser");
    await verify(await dummyHash, plain).catch(() => false);
    return false;
  }
  if (isBcryptHash(stored)) {
    if (Buffer.byteLength(plain, "utf8") > 72) return false;
    return bcrypt.compare(plain, stored);
  }
  return verify(stored, plain).catch(() => false);
}
