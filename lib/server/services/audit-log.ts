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
