import "server-only";
import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript: no native build, nothing downloaded. Cost 10 ≈ 70 ms per hash here.
const COST = 10;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

let dummyHash: string | undefined;

/**
 * Compares against a throw-away hash when the account has none, so a sign-in attempt takes as
 * long for an unknown e-mail as for a wrong password (no account enumeration by timing).
 */
export async function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  if (hash) return bcrypt.compare(plain, hash);
  dummyHash ??= await bcrypt.hash("timing-equaliser", COST);
  await bcrypt.compare(plain, dummyHash);
  return false;
}
