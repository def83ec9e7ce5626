"use server";
import { publicAction } from "@/lib/server/action";
import { requestPasswordReset } from "@/lib/server/services/account-security";
import { forgotPasswordSchema } from "@/lib/validation/auth";

export const forgotPasswordAction = publicAction({
  schema: forgotPasswordSchema,
  async handler(input) {
    await requestPasswordReset(input.email);
    // Whether or not an account has this address: the same answer (no account enumeration).
    return { ok: true, message: "accountSecurity.resetSent" };
  },
});
