import { dictionary } from "@zxcvbn-ts/language-common";

import { PASSWORD_MAX, PASSWORD_MIN, passwordLength } from "./password-limits";

// Refused when common or breached (ASVS L2 V2.1.7), on top of the limits in ./password-limits.
export { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";

export type PasswordProblem = "short" | "long" | "common";

let common: Set<string> | undefined;

/**
 * The ~49,000 most common passwords from @zxcvbn-ts/language-common (a maintained package; the
 * list ships with it, no network look-up), loaded once. Compared case-insensitively and with
 * surrounding spaces ignored, so "Password1234 " is as common as "password1234".
 */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const normalised = password.trim().toLowerCase();
  if (commonPasswords().has(normalised)) return true;
  // One character repeated ("aaaaaaaaaaaa") is in no list but guessed first by every cracker.
  return new Set(normalised).size <= 1;
}

/** The first rule a new password breaks, or null. Shared by every form that sets a password. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return "short";
  if (length > PASSWORD_MAX) return "long";
  if (isCommonPassword(password)) return "common";
  return null;
}
