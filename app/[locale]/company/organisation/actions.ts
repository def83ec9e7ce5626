"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { hostOrganisationSchema } from "@/lib/validation/host-organisation";
import { saveHostOrganisation } from "@/lib/server/services/host-organisations";

export const saveOrganisationAction = authedAction({
  schema: hostOrganisationSchema,
  permission: "manage:host-organisation:own",
  async handler(input, user) {
    await saveHostOrganisation(user, input);
    revalidateLocalised("/company", "layout");
    return { ok: true, message: "organisation.saved" };
  },
});
