import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { validateRecordsForExport } from "@/lib/domain/record-export";
import { RECORDS_PAGE_SIZE, type RecordFilters, type RecordListParams } from "@/lib/validation/record-export";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";

// Mobility records of the officer's own institution, scoped on the server. The
// institution always comes from the session user, never from a parameter.

/**
 * A record is kept when its placement is later cancelled (the audit trail names it), but a mobility
 * that will not take place is neither listed, exported nor counted.
 */
export const REPORTABLE: Prisma.MobilityRecordWhereInput = { placement: { status: "APPROVED" } };

function ownWhere(institutionId: string, filters: RecordFilters): Prisma.MobilityRecordWhereInput {
  return {
    ...REPORTABLE,
    institutionId,
    ...(filters.callYear !== null ? { callYear: filters.callYear } : {}),
    ...(filters.action !== null ? { action: filters.action } : {}),
  };
}

const ORDER: Prisma.MobilityRecordOrderByWithRelationInput[] = [{ startDate: "asc" }, { mobilityId: "asc" }];

/** Every record of the user's institution matching the filters, oldest start first. */
export async function findOwnRecords(user: CurrentUser, filters: RecordFilters) {
  if (!user.institutionId) return [];
  return prisma.mobilityRecord.findMany({ where: ownWhere(user.institutionId, filters), orderBy: ORDER });
}

export async function getOwnInstitution(user: CurrentUser) {
  if (!user.institutionId) return null;
  return prisma.institution.findUnique({
    where: { id: user.institutionId },
    select: { id: true, name: true, erasmusCode: true, country: true },
  });
}

/** The call years the institution has records for, newest first (the filter's options). */
export async function ownCallYears(user: CurrentUser): Promise<number[]> {
  if (!user.institutionId) return [];
  const rows = await prisma.mobilityRecord.groupBy({
    by: ["callYear"],
    where: { ...REPORTABLE, institutionId: user.institutionId },
    orderBy: { callYear: "desc" },
  });
  return rows.map((r) => r.callYear);
}

/**
 * One page of the filtered records, plus the export problems of ALL filtered records (the page
 * lists them before the download buttons, whatever page is shown).
 */
export async function listOwnRecords(user: CurrentUser, params: RecordListParams) {
  const [institution, all, callYears] = await Promise.all([getOwnInstitution(user), findOwnRecords(user, params), ownCallYears(user)]);
  const pages = Math.max(1, Math.ceil(all.length / RECORDS_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  return {
    institution,
    callYears,
    total: all.length,
    page,
    pages,
    records: all.slice((page - 1) * RECORDS_PAGE_SIZE, page * RECORDS_PAGE_SIZE),
    // With who it is about, so the officer knows whom to ask (the names may be what is missing).
    problems: validateRecordsForExport(all).map((p) => {
      const r = all.find((x) => x.mobilityId === p.mobilityId)!;
      return { ...p, participant: [r.participantFirstName, r.participantLastName].filter((n) => n.trim()).join(" "), email: r.participantEmail };
    }),
  };
}
