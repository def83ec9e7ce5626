// The strength meter's estimate, small enough for the browser (no dictionary: the server refuses
// common passwords on submit). Bits ≈ length × log2(alphabet in use): a long passphrase of
// lower-case words rates as well as a short mix of symbols, which is the point of ASVS's rules.
import { PASSWORD_MIN } from "@/lib/domain/password-limits";

export type StrengthLevel = "empty" | "tooShort" | "weak" | "fair" | "strong";

export function passwordStrength(password: string, min = PASSWORD_MIN): StrengthLevel {
  const chars = [...password];
  if (chars.length === 0) return "empty";
  if (chars.length < min) return "tooShort";
  let alphabet = 0;
  if (/[a-z]/.test(password)) alphabet += 26;
  if (/[A-Z]/.test(password)) alphabet += 26;
  if (/[0-9]/.test(password)) alphabet += 10;
  if (/[^a-zA-Z0-9]/.test(password)) alphabet += 33;
  const distinct = new Set(chars).size;
  // Repeats add little: count distinct characters twice as much as the length beyond them.
  const effective = Math.min(chars.length, distinct * 2);
  const bits = effective * Math.log2(Math.max(alphabet, 2));
  if (bits < 60) return "weak";
  if (bits < 80) return "fair";
  return "strong";
}
