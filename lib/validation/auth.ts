import { z } from "zod";

// Shared by the forms (client-side hints), the server actions and next-auth's authorize().
// Messages are next-intl keys under "validation"; the form renders them translated.
import { PASSWORD_MAX, PASSWORD_MIN, passwordLength } from "@/lib/domain/password-limits";
import { maxChars } from "./messages";
import { TEXT_MAX } from "@/lib/forms/limits";
export { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/domain/password-limits";

/**
 * A new password: length in code points (lib/domain/passwords.ts), no composition rules. The
 * common-password list is checked by the server (assertPasswordAllowed), not in the browser.
 */
const newPasswordSchema = z
  .string()
  .refine((v) => passwordLength(v) >= PASSWORD_MIN, "validation.password.short")
  .refine((v) => passwordLength(v) <= PASSWORD_MAX, "validation.password.long");

export const emailSchema = z.string().trim().toLowerCase().min(1, "validation.required").max(254, maxChars(254)).pipe(z.email("validation.email"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "validation.required").max(200, maxChars(200)),
});

export const SELF_REGISTER_ROLES = ["STUDENT", "COMPANY"] as const;

export const registerSchema = z
  .object({
    accountType: z.enum(SELF_REGISTER_ROLES, "validation.accountType"),
    name: z.string().trim().min(2, "validation.nameShort").max(TEXT_MAX.personName, maxChars(TEXT_MAX.personName)),
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "validation.passwordMismatch",
  });

export type RegisterInput = z.infer<typeof registerSchema>;

/** Any signed-in user replaces their password (officers first receive a one-time one). */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(200, maxChars(200)),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });

/** The reset link's form: the token travels in a hidden field, the rules are the same as above. */
export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, "validation.required").max(200, maxChars(200)),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" });

export const tokenSchema = z.object({ token: z.string().min(1, "validation.required").max(200, maxChars(200)) });
