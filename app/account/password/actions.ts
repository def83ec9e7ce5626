"use server";
import { authedAction } from "@/lib/server/action";
import { changePassword } from "@/lib/server/services/users";
import { changePasswordSchema } from "@/lib/validation/auth";

export const changePasswordAction = authedAction({
  schema: changePasswordSchema,
  permission: "manage:account:own",
  handler: async (input, user) => {
    await changePassword(user.id, input);
    return { ok: true, message: "account.passwordChanged" };
  },
});
