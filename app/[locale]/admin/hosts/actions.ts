"use server";
import { localeRedirect } from "@/i18n/redirect";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { setHostVerified } from "@/lib/server/services/admin-hosts";
import { hostListAfterDecision, hostVerifySchema } from "@/lib/validation/admin-hosts";

export const setHostVerifiedAction = authedAction({
  schema: hostVerifySchema,
  permission: "verify:host-organisation:any",
  async handler(input, user) {
    await setHostVerified(user, input);
    revalidateLocalised("/admin", "layout");
    // The list is sorted unverified first, so the host may move to another page: the page itself
    // shows the answer (app/[locale]/admin/hosts/page.tsx).
    return localeRedirect(hostListAfterDecision(input.listQuery, input.hostId, input.verified));
  },
});
