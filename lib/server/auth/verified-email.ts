import "server-only";
import { ExpectedError } from "../errors";
import type { CurrentUser } from "./session";

/** Applying and publishing reach other people: a self-registered account confirms its address first. */
export function requireVerifiedEmail(user: CurrentUser): void {
  if (!user.emailVerified) throw new ExpectedError("accountSecurity.verifyFirst", { status: 403 });
}
