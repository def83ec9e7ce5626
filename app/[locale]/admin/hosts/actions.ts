"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { setHostVerified } from "@/lib/server/services/admin-hosts";
import { hostVerifySchema } from "@/lib/validation/admin-hosts";

export const setHostVerifiedAction = authedAction({
  schema: hostVerifySchema,
  permission: "verify:host-organisation:any",
  async handler(input, user) {
    await setHostVerified(user, input);
    revalidateLocalised("/admin", "layout");
    return { ok: true, message: input.verified ? "adminArea.hosts.verifiedDone" : "adminArea.hosts.unverifiedDone" };
  },
});
