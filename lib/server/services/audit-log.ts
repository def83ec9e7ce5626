import "server-only";
import { addDays, parseIsoDate, toDayNumber, type CalendarDate } from "@/lib/domain";
import type { AuditFilters } from "@/lib/validation/admin-audit";
import { ADMIN_PAGE_SIZE } from "@/lib/validation/admin-params";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";

// The audit log for administrators (permission view:audit-log:any): newest first, filtered.

const startOfDay = (date: CalendarDate) => new Date(toDayNumber(date) * 86_400_000);

export function auditWhere(filters: AuditFilters): Prisma.AuditEventWhereInput {
  const from = filters.from ? parseIsoDate(filters.from) : null;
  const to = filters.to ? parseIsoDate(filters.to) : null;
  return {
    ...(filters.verb ? { verb: filters.verb } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    // E-mail addresses are stored in lower case and the filter is lower-cased: `contains` is then
    // case-insensitive on both databases.
    ...(filters.actor ? { actor: { email: { contains: filters.actor } } } : {}),
    // Calendar days in UTC, both ends included: [from 00:00, to + 1 day 00:00).
    ...(from || to ? { createdAt: { ...(from ? { gte: startOfDay(from) } : {}), ...(to ? { lt: startOfDay(addDays(to, 1)) } : {}) } } : {}),
  };
}

export async function listAuditEvents(filters: AuditFilters) {
  const where = auditWhere(filters);
  const total = await prisma.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const items = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    include: { actor: { select: { name: true, email: true } } },
  });
  return { items, total, page, pages };
}

/** What the verb and entity-type filters can choose from: the values in the log. */
export async function auditFilterOptions() {
  const [verbs, entityTypes] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["verb"], orderBy: { verb: "asc" } }),
    prisma.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { verbs: verbs.map((v) => v.verb), entityTypes: entityTypes.map((e) => e.entityType) };
}

/** What the log's "Item" column shows for one event: a name a person recognises, and where to look. */
export type AuditItemLabel = { label: string; href?: string };

const idsOf = (events: readonly { entityType: string; entityId: string }[], type: string) => [
  ...new Set(events.filter((e) => e.entityType === type).map((e) => e.entityId)),
];
const applicationLabel = (a: { offer: { title: string }; participant: { user: { name: string } } }) => `${a.participant.user.name} → ${a.offer.title}`;
const APPLICATION_NAMES = { offer: { select: { title: true } }, participant: { select: { user: { select: { name: true } } } } } as const;

/**
 * Human labels for the items of a page of events, keyed "type:id": offer titles, people's names
 * and e-mail addresses, institution and organisation names, "participant → offer" for
 * applications, placements and Learning Agreements, with the page an administrator can open when
 * there is one (else the page links the item's history). One query per type on the page. An item that
 * is gone (a deleted draft) keeps the title its deletion recorded; an unknown type gets none and
 * the page shows its id.
 */
export async function auditItemLabels(events: readonly { entityType: string; entityId: string; before: unknown }[]): Promise<Map<string, AuditItemLabel>> {
  const labels = new Map<string, AuditItemLabel>();
  const set = (type: string, id: string, label: AuditItemLabel) => labels.set(`${type}:${id}`, label);
  const [offers, users, institutions, hosts, applications, placements, agreements, searches, profiles] = await Promise.all([
    prisma.offer.findMany({ where: { id: { in: idsOf(events, "Offer") } }, select: { id: true, title: true, status: true } }),
    prisma.user.findMany({ where: { id: { in: idsOf(events, "User") } }, select: { id: true, name: true, email: true } }),
    prisma.institution.findMany({ where: { id: { in: idsOf(events, "Institution") } }, select: { id: true, name: true } }),
    prisma.hostOrganisation.findMany({ where: { id: { in: idsOf(events, "HostOrganisation") } }, select: { id: true, legalName: true } }),
    prisma.application.findMany({ where: { id: { in: idsOf(events, "Application") } }, select: { id: true, ...APPLICATION_NAMES } }),
    prisma.placement.findMany({ where: { id: { in: idsOf(events, "Placement") } }, select: { id: true, application: { select: APPLICATION_NAMES } } }),
    prisma.learningAgreement.findMany({
      where: { id: { in: idsOf(events, "LearningAgreement") } },
      select: { id: true, title: true, placement: { select: { application: { select: APPLICATION_NAMES } } } },
    }),
    prisma.savedSearch.findMany({ where: { id: { in: idsOf(events, "SavedSearch") } }, select: { id: true, name: true, user: { select: { name: true } } } }),
    prisma.participantProfile.findMany({
      where: { id: { in: idsOf(events, "ParticipantProfile") } },
      select: { id: true, user: { select: { name: true, email: true } } },
    }),
  ]);
  // Only published and closed offers have a page an administrator can open.
  for (const o of offers) set("Offer", o.id, { label: o.title, href: o.status === "DRAFT" ? undefined : `/offers/${o.id}` });
  for (const u of users) set("User", u.id, { label: `${u.name} (${u.email})` });
  for (const i of institutions) set("Institution", i.id, { label: i.name, href: `/admin/institutions/${i.id}` });
  for (const h of hosts) set("HostOrganisation", h.id, { label: h.legalName });
  for (const a of applications) set("Application", a.id, { label: applicationLabel(a) });
  for (const p of placements) set("Placement", p.id, { label: applicationLabel(p.application) });
  for (const la of agreements) set("LearningAgreement", la.id, { label: `${la.title} · ${applicationLabel(la.placement.application)}` });
  for (const s of searches) set("SavedSearch", s.id, { label: `${s.name} (${s.user.name})` });
  for (const p of profiles) set("ParticipantProfile", p.id, { label: `${p.user.name} (${p.user.email})` });
  for (const e of events) {
    const key = `${e.entityType}:${e.entityId}`;
    const title = e.before && typeof e.before === "object" && "title" in e.before && typeof e.before.title === "string" ? e.before.title : null;
    if (!labels.has(key) && title) labels.set(key, { label: title });
  }
  return labels;
}
