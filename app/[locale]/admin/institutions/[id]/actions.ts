"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { localeRedirect } from "@/i18n/redirect";
import { authedAction } from "@/lib/server/action";
import { createOfficer, removeOfficer, updateInstitution } from "@/lib/server/services/admin-institutions";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/server/auth/session";
import { addSsoDomain, linkOfficerIdentity, removeSsoDomain, unlinkOfficerIdentity } from "@/lib/server/auth/sso";
import { ssoDomainAddSchema, ssoDomainRemoveSchema, ssoIdentityLinkSchema, ssoIdentityUnlinkSchema } from "@/lib/validation/sso";
import { institutionUpdateSchema, officerCreateSchema, officerRemoveSchema } from "@/lib/validation/admin-institution";

export const updateInstitutionAction = authedAction({
  schema: institutionUpdateSchema,
  permission: "manage:institution:any",
  async handler({ institutionId, ...input }, user) {
    await updateInstitution(user, institutionId, input);
    revalidateLocalised("/admin", "layout");
    return { ok: true, message: "adminArea.institution.saved" };
  },
});

export const createOfficerAction = authedAction({
  schema: officerCreateSchema,
  permission: "manage:institution:any",
  async handler(input, user) {
    const { officer, password } = await createOfficer(user, input);
    revalidateLocalised(`/admin/institutions/${input.institutionId}`);
    // The one time the password leaves the server: in this answer to the administrator's browser.
    return { ok: true, message: "adminArea.officers.created", data: { name: officer.name, email: officer.email, password } };
  },
});

export const removeOfficerAction = authedAction({
  schema: officerRemoveSchema,
  permission: "manage:institution:any",
  async handler(input, user) {
    await removeOfficer(user, input);
    revalidateLocalised("/admin", "layout");
    await localeRedirect(`/admin/institutions/${encodeURIComponent(input.institutionId)}?removed=1`);
  },
});

// Institutional sign-in: home-organisation domains and officers' linked identities.
const ssoAction = <S extends z.ZodType<{ institutionId: string }>>(schema: S, run: (user: CurrentUser, input: z.infer<S>) => Promise<void>, message: string) =>
  authedAction({
    schema,
    permission: "manage:institution:any",
    async handler(input, user) {
      await run(user, input);
      revalidateLocalised(`/admin/institutions/${input.institutionId}`);
      return { ok: true, message };
    },
  });

export const addSsoDomainAction = ssoAction(ssoDomainAddSchema, addSsoDomain, "sso.admin.domainAdded");
export const removeSsoDomainAction = ssoAction(ssoDomainRemoveSchema, removeSsoDomain, "sso.admin.domainRemoved");
export const linkOfficerIdentityAction = ssoAction(ssoIdentityLinkSchema, linkOfficerIdentity, "sso.admin.linked");
export const unlinkOfficerIdentityAction = ssoAction(ssoIdentityUnlinkSchema, unlinkOfficerIdentity, "sso.admin.unlinked");
