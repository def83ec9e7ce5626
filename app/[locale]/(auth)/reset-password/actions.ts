"use server";
import { publicAction } from "@/lib/server/action";
import { resetPassword } from "@/lib/server/services/account-security";
import { resetPasswordSchema } from "@/lib/validation/auth";

export const resetPasswordAction = publicAction({
  schema: resetPasswordSchema,
  async handler(input) {
    await resetPassword(input.token, input.newPassword);
    return { ok: true, message: "accountSecurity.resetDone" };
  },
});
