import "server-only";
import type { HostOrganisationInput } from "@/lib/validation/host-organisation";
import { prisma } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { revalidateHome, revalidateHostOfferPages } from "../public-pages";

export function getHostOrganisation(id: string) {
  return prisma.hostOrganisation.findUnique({ where: { id } });
}

/**
 * Creates the company user's organisation on first save (and links the user to it), or updates
 * the one the user belongs to — never another: the target comes from the user row, not the form.
 * Verification is an administrator's decision and is reset when the legal identity changes.
 */
export async function saveHostOrganisation(user: CurrentUser, input: HostOrganisationInput) {
  const data = {
    legalName: input.legalName,
    type: input.type,
    country: input.country,
    city: input.city,
    address: input.address,
    website: input.website ?? null,
    description: input.description,
    belowTwoFifty: input.belowTwoFifty,
    naceSection: input.naceSection,
    ecosystem: input.ecosystem ?? null,
    pic: input.pic ?? null,
    oid: input.oid ?? null,
    vat: input.vat ?? null,
  };
  const saved = await prisma.$transaction(async (tx) => {
    if (!user.hostOrganisationId) {
      const created = await tx.hostOrganisation.create({ data });
      await tx.user.update({ where: { id: user.id }, data: { hostOrganisationId: created.id } });
      await audit(tx, { actorId: user.id, verb: "host-organisation.create", entityType: "HostOrganisation", entityId: created.id, after: data });
      return created;
    }
    const before = await tx.hostOrganisation.findUniqueOrThrow({ where: { id: user.hostOrganisationId } });
    const identityChanged = before.legalName !== data.legalName || before.country !== data.country || before.type !== data.type;
    const updated = await tx.hostOrganisation.update({
      where: { id: before.id },
      data: { ...data, verified: identityChanged ? false : before.verified },
    });
    const { createdAt: _c, updatedAt: _u, ...beforeData } = before;
    await audit(tx, {
      actorId: user.id,
      verb: "host-organisation.update",
      entityType: "HostOrganisation",
      entityId: before.id,
      before: beforeData,
      after: { ...data, verified: updated.verified },
    });
    return updated;
  });
  // Its name, description and verification show on each of its public offer pages; the home page counts hosts.
  if (user.hostOrganisationId) await revalidateHostOfferPages(saved.id);
  else revalidateHome();
  return saved;
}
