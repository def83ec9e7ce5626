import "server-only";
import { HOST_ORGANISATION_TYPES, isEligibleHostType } from "@/lib/domain";
import type { HostListParams, HostVerifyInput } from "@/lib/validation/admin-hosts";
import { ADMIN_PAGE_SIZE } from "@/lib/validation/admin-params";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { ExpectedError, NotFoundError } from "../errors";
import { revalidateHostOfferPages } from "../public-pages";

// Host organisations as an administrator sees them, and their verification
// (permission verify:host-organisation:any).

/** docs/domain.md §3: EU institutions and bodies and National Agencies are never eligible hosts. */
const NEVER_ELIGIBLE_TYPES = HOST_ORGANISATION_TYPES.filter((t) => !isEligibleHostType(t));

export async function listHosts(params: HostListParams) {
  const where: Prisma.HostOrganisationWhereInput = {
    ...(params.verified ? { verified: params.verified === "yes" } : {}),
    ...(params.country ? { country: params.country } : {}),
    ...(params.type ? { type: params.type } : {}),
  };
  const [total, countries] = await Promise.all([
    prisma.hostOrganisation.count({ where }),
    // The country filter offers the countries that have hosts.
    prisma.hostOrganisation.groupBy({ by: ["country"], orderBy: { country: "asc" } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const items = await prisma.hostOrganisation.findMany({
    where,
    // Those waiting for a decision first.
    orderBy: [{ verified: "asc" }, { legalName: "asc" }, { id: "asc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: {
      id: true,
      legalName: true,
      type: true,
      country: true,
      city: true,
      website: true,
      pic: true,
      verified: true,
      _count: { select: { offers: true, users: { where: { deletedAt: null } } } },
    },
  });
  return { items, total, page, pages, countries: countries.map((c) => c.country) };
}

/** A host's name and state, for the answer shown after a verification (null when unknown). */
export async function getHostVerification(hostId: string) {
  return prisma.hostOrganisation.findUnique({ where: { id: hostId }, select: { legalName: true, verified: true } });
}

/**
 * Verifies or unverifies a host. A host that can never be eligible cannot be verified (refused
 * with the reason). Idempotent: asking for the state the host is in changes nothing and writes no
 * event; the conditional update makes that hold for concurrent requests too.
 */
export async function setHostVerified(actor: CurrentUser, input: HostVerifyInput) {
  const host = await prisma.hostOrganisation.findUnique({ where: { id: input.hostId }, select: { id: true, type: true } });
  if (!host) throw new NotFoundError();
  if (input.verified && !isEligibleHostType(host.type)) throw new ExpectedError("adminArea.errors.hostNeverEligible", { status: 409 });
  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.hostOrganisation.updateMany({
      where: { id: host.id, verified: !input.verified, ...(input.verified ? { type: { notIn: NEVER_ELIGIBLE_TYPES } } : {}) },
      data: { verified: input.verified },
    });
    if (count === 0) {
      // Either it already had that state, or its type changed to an ineligible one meanwhile.
      const now = await tx.hostOrganisation.findUniqueOrThrow({ where: { id: host.id }, select: { verified: true, type: true } });
      if (now.verified !== input.verified) throw new ExpectedError("adminArea.errors.hostNeverEligible", { status: 409 });
      return { changed: false };
    }
    const after = await tx.hostOrganisation.findUniqueOrThrow({
      where: { id: host.id },
      select: { legalName: true, type: true, country: true, verified: true },
    });
    await audit(tx, {
      actorId: actor.id,
      verb: input.verified ? "host.verify" : "host.unverify",
      entityType: "HostOrganisation",
      entityId: host.id,
      before: { verified: !input.verified },
      after,
    });
    return { changed: true };
  });
  // The "verified" badge shows on the host's public offer pages.
  if (result.changed) await revalidateHostOfferPages(host.id);
  return result;
}
