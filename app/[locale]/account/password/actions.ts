"use server";
import { localeRedirect } from "@/i18n/redirect";
import { authedAction } from "@/lib/server/action";
import { reissueSessionCookie } from "@/lib/server/auth/cookies";
import { ROLE_HOME } from "@/lib/server/auth/policy";
import { changePassword } from "@/lib/server/services/users";
import { changePasswordSchema } from "@/lib/validation/auth";

export const changePasswordAction = authedAction({
  schema: changePasswordSchema,
  permission: "manage:account:own",
  allowedBeforePasswordChange: true,
  handler: async (input, user) => {
    const { sessionVersion } = await changePassword(user.id, input);
    // Every other session ended; this browser keeps working with the new version.
    await reissueSessionCookie(user.id, sessionVersion);
    if (user.mustChangePassword) await localeRedirect(ROLE_HOME[user.role]);
    return { ok: true, message: "account.passwordChanged" };
  },
});
