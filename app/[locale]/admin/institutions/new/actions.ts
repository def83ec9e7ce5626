"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { localeRedirect } from "@/i18n/redirect";
import { authedAction } from "@/lib/server/action";
import { createInstitution } from "@/lib/server/services/admin-institutions";
import { institutionSchema } from "@/lib/validation/admin-institution";

export const createInstitutionAction = authedAction({
  schema: institutionSchema,
  permission: "manage:institution:any",
  async handler(input, user) {
    const institution = await createInstitution(user, input);
    revalidateLocalised("/admin", "layout");
    await localeRedirect(`/admin/institutions/${institution.id}?created=1`);
  },
});
