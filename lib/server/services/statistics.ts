import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { aggregateRecords, publicStatistics, type Statistics } from "@/lib/domain/statistics";
import type { RecordFilters } from "@/lib/validation/record-export";
import type { StatsJson } from "@/lib/api/schemas/misc";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";
import { REPORTABLE } from "./mobility-records";

// DOT placements (mobility records with the digital-skills flag) counted per
// breakdown. Only the five columns the counts need are read: no personal data leaves the database.

const NO_FILTERS: RecordFilters = { callYear: null, action: null };

async function statistics(where: Prisma.MobilityRecordWhereInput, filters: RecordFilters): Promise<Statistics> {
  const rows = await prisma.mobilityRecord.findMany({
    where: {
      ...where,
      ...REPORTABLE,
      digitalSkills: true,
      ...(filters.callYear !== null ? { callYear: filters.callYear } : {}),
      ...(filters.action !== null ? { action: filters.action } : {}),
    },
    select: { receivingCountry: true, sendingCountry: true, categories: true, fieldOfEducation: true, startDate: true },
  });
  return aggregateRecords(rows);
}

/** An officer's own institution; an officer without one sees nothing, not everyone's. */
export async function getOwnStatistics(user: CurrentUser, filters: RecordFilters = NO_FILTERS): Promise<Statistics> {
  if (!user.institutionId) return aggregateRecords([]);
  return statistics({ institutionId: user.institutionId }, filters);
}

/** Every institution (admin: view:statistics:any). */
export function getAllStatistics(filters: RecordFilters = NO_FILTERS): Promise<Statistics> {
  return statistics({}, filters);
}

/** The public page: every approved DOT mobility, aggregate counts only (no filters). */
export function getPublicStatistics(): Promise<Statistics> {
  return statistics({}, NO_FILTERS);
}

/** GET /api/v1/stats: exactly the keys (the page adds only the month breakdown). */
export async function getPublicStatisticsJson(): Promise<StatsJson> {
  return publicStatistics(await getPublicStatistics());
}

/** Call years with DOT records (the filter's options), newest first: the user's institution or, with "all", every one. */
export async function statisticsCallYears(scope: CurrentUser | "all"): Promise<number[]> {
  if (scope !== "all" && !scope.institutionId) return [];
  const rows = await prisma.mobilityRecord.groupBy({
    by: ["callYear"],
    where: { ...REPORTABLE, digitalSkills: true, ...(scope === "all" ? {} : { institutionId: scope.institutionId! }) },
    orderBy: { callYear: "desc" },
  });
  return rows.map((r) => r.callYear);
}
