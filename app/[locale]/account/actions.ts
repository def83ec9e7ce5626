"use server";
import { localeRedirect } from "@/i18n/redirect";
import { z } from "zod";
import { authedAction } from "@/lib/server/action";
import { clearSessionCookie } from "@/lib/server/auth/cookies";
import { resendVerificationMail, signOutEverywhere } from "@/lib/server/services/account-security";

const empty = z.object({});

export const signOutEverywhereAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await signOutEverywhere(user.id);
    // This browser's token ended with the others; forget it so the next page is signed out.
    await clearSessionCookie();
    await localeRedirect("/sign-in");
  },
});

export const resendVerificationAction = authedAction({
  schema: empty,
  permission: "manage:account:own",
  handler: async (_input, user) => {
    await resendVerificationMail(user.id);
    return { ok: true, message: "accountSecurity.verifyResent" };
  },
});
