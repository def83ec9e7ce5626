import "server-only";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";

export async function getPortalCounts() {
  const [publishedOffers, hosts, institutions, countries] = await Promise.all([
    prisma.offer.count({ where: { status: "PUBLISHED" } }),
    prisma.hostOrganisation.count(),
    prisma.institution.count(),
    prisma.offer.groupBy({ by: ["country"], where: { status: "PUBLISHED" } }),
  ]);
  return { publishedOffers, hosts, institutions, hostCountries: countries.length };
}

export async function getStudentDashboard(user: CurrentUser) {
  const profile = await prisma.participantProfile.findUnique({
    where: { userId: user.id },
    include: {
      institution: { select: { name: true, erasmusCode: true } },
      applications: {
        orderBy: { updatedAt: "desc" },
        take: 20,
        include: {
          offer: { select: { id: true, title: true, country: true, city: true, host: { select: { legalName: true } } } },
          placement: { select: { status: true, action: true, startDate: true, endDate: true } },
        },
      },
    },
  });
  return { profile };
}

export async function getCompanyDashboard(user: CurrentUser) {
  if (!user.hostOrganisationId) return { host: null, offers: [] };
  const [host, offers, counts] = await Promise.all([
    prisma.hostOrganisation.findUnique({ where: { id: user.hostOrganisationId } }),
    prisma.offer.findMany({
      where: { hostId: user.hostOrganisationId },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      take: 50,
      select: { id: true, title: true, status: true, city: true, country: true, applicationDeadline: true, dotQualifies: true },
    }),
    prisma.application.groupBy({
      by: ["offerId", "status"],
      where: { offer: { hostId: user.hostOrganisationId } },
      _count: { _all: true },
    }),
  ]);
  const byOffer = new Map<string, Record<string, number>>();
  for (const row of counts) {
    const entry = byOffer.get(row.offerId) ?? {};
    entry[row.status] = row._count._all;
    byOffer.set(row.offerId, entry);
  }
  return { host, offers: offers.map((o) => ({ ...o, applicationCounts: byOffer.get(o.id) ?? {} })) };
}

export async function getOfficeDashboard(user: CurrentUser) {
  if (!user.institutionId) return { institution: null, participants: 0, placementCounts: {}, proposed: [] };
  const where = { institutionId: user.institutionId };
  const [institution, participants, grouped, proposed] = await Promise.all([
    prisma.institution.findUnique({ where: { id: user.institutionId } }),
    prisma.participantProfile.count({ where }),
    prisma.placement.groupBy({ by: ["status"], where, _count: { _all: true } }),
    prisma.placement.findMany({
      where: { ...where, status: "PROPOSED" },
      orderBy: { createdAt: "asc" },
      take: 10,
      include: {
        application: {
          select: {
            participant: { select: { user: { select: { name: true } } } },
            offer: { select: { title: true, country: true, host: { select: { legalName: true } } } },
          },
        },
      },
    }),
  ]);
  const placementCounts: Record<string, number> = {};
  for (const row of grouped) placementCounts[row.status] = row._count._all;
  return { institution, participants, placementCounts, proposed };
}

export async function getAdminDashboard() {
  const [usersByRole, institutions, hosts, unverifiedHosts, offersByStatus, recentAudit] = await Promise.all([
    prisma.user.groupBy({ by: ["role"], where: { deletedAt: null }, _count: { _all: true } }),
    prisma.institution.count(),
    prisma.hostOrganisation.count(),
    prisma.hostOrganisation.count({ where: { verified: false } }),
    prisma.offer.groupBy({ by: ["status"], _count: { _all: true } }),
    prisma.auditEvent.findMany({
      orderBy: { createdAt: "desc" },
      take: 15,
      include: { actor: { select: { name: true, email: true } } },
    }),
  ]);
  const toRecord = <K extends string>(rows: { _count: { _all: number } }[], key: (r: never) => K) =>
    Object.fromEntries(rows.map((r) => [key(r as never), r._count._all])) as Record<K, number>;
  return {
    usersByRole: toRecord(usersByRole, (r: { role: string }) => r.role),
    institutions,
    hosts,
    unverifiedHosts,
    offersByStatus: toRecord(offersByStatus, (r: { status: string }) => r.status),
    recentAudit,
  };
}
