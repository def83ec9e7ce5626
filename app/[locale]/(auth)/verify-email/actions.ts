"use server";
import { publicAction } from "@/lib/server/action";
import { verifyEmail } from "@/lib/server/services/account-security";
import { tokenSchema } from "@/lib/validation/auth";

export const verifyEmailAction = publicAction({
  schema: tokenSchema,
  async handler(input) {
    await verifyEmail(input.token);
    return { ok: true, message: "accountSecurity.verified" };
  },
});
