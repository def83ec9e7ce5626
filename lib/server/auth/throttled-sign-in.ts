import "server-only";
import { accountKey, clearFailures, failureWait, recordFailure, ThrottledError } from "../security/throttle";
import { authenticateWithPassword } from "./credentials";

/**
 * Password sign-in behind the throttles of lib/server/security/throttle.ts, per account (the
 * e-mail as typed, normalised, counted whether or not such an account exists) and per client
 * address. A refused attempt throws ThrottledError before the password is even looked at; the
 * sign-in form shows its message, the same for every account.
 */
export async function signInWithThrottle(raw: unknown, address: string) {
  const typed = raw && typeof raw === "object" && "email" in raw && typeof raw.email === "string" ? accountKey(raw.email) : "";
  const wait = async () => Math.max(typed ? await failureWait("sign-in-account", typed) : 0, await failureWait("sign-in-address", address));
  const before = await wait();
  if (before > 0) throw new ThrottledError(before);

  const user = await authenticateWithPassword(raw);
  if (user) {
    await clearFailures("sign-in-account", typed);
    return user;
  }
  const [account, client] = await Promise.all([typed ? recordFailure("sign-in-account", typed) : null, recordFailure("sign-in-address", address)]);
  // The failure that locks says so at once, rather than "wrong password" one more time.
  if (account?.locked || client.locked) throw new ThrottledError(await wait());
  return null;
}
