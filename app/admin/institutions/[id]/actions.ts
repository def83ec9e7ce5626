"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/server/action";
import { createOfficer, removeOfficer, updateInstitution } from "@/lib/server/services/admin-institutions";
import { institutionUpdateSchema, officerCreateSchema, officerRemoveSchema } from "@/lib/validation/admin-institution";

export const updateInstitutionAction = authedAction({
  schema: institutionUpdateSchema,
  permission: "manage:institution:any",
  async handler({ institutionId, ...input }, user) {
    await updateInstitution(user, institutionId, input);
    revalidatePath("/admin", "layout");
    return { ok: true, message: "adminArea.institution.saved" };
  },
});

export const createOfficerAction = authedAction({
  schema: officerCreateSchema,
  permission: "manage:institution:any",
  async handler(input, user) {
    const { officer, password } = await createOfficer(user, input);
    revalidatePath(`/admin/institutions/${input.institutionId}`);
    // The one time the password leaves the server: in this answer to the administrator's browser.
    return { ok: true, message: "adminArea.officers.created", data: { name: officer.name, email: officer.email, password } };
  },
});

export const removeOfficerAction = authedAction({
  schema: officerRemoveSchema,
  permission: "manage:institution:any",
  async handler(input, user) {
    await removeOfficer(user, input);
    revalidatePath("/admin", "layout");
    redirect(`/admin/institutions/${encodeURIComponent(input.institutionId)}?removed=1`);
  },
});
