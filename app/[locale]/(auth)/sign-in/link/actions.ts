"use server";
import { publicAction } from "@/lib/server/action";
import { confirmSsoLink } from "@/lib/server/auth/sso";
import { ssoLinkConfirmSchema } from "@/lib/validation/sso";

export const confirmSsoLinkAction = publicAction({
  schema: ssoLinkConfirmSchema,
  async handler({ token, password }) {
    await confirmSsoLink(token, password);
    // The client then signs in through the provider again: the identity now finds the account.
    return { ok: true, message: "sso.link.linked" };
  },
});
