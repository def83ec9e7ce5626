import { z } from "zod";

// Shared by the forms (client-side hints), the server actions and next-auth's authorize().
// Messages are next-intl keys under "validation"; the form renders them translated.
export const PASSWORD_MIN = 10;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

export const SELF_REGISTER_ROLES = ["STUDENT", "COMPANY"] as const;

export const registerSchema = z
  .object({
    accountType: z.enum(SELF_REGISTER_ROLES, "validation.accountType"),
    name: z.string().trim().min(2, "validation.nameShort").max(120, "validation.tooLong"),
    email: emailSchema,
    password: z.string().min(PASSWORD_MIN, "validation.passwordShort").max(200, "validation.tooLong"),
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
    currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
    newPassword: z.string().min(PASSWORD_MIN, "validation.passwordShort").max(200, "validation.tooLong"),
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
