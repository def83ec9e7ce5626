// ASVS L2 (V2.1): at least 12 characters, at least 64 allowed, no composition rules. Length
// counts Unicode code points, not UTF-16 units, so "🔑" is one. Apart from the common-password
// list (lib/domain/passwords.ts, server only: it is large) so the browser can import these.
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function passwordLength(password: string): number {
  return [...password].length;
}
