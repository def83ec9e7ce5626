import "server-only";
import type { GrantRateRow } from "@/lib/domain";
import { prisma, type Tx } from "../db";

type Db = Tx | typeof prisma;

const isGroup = (g: number): g is GrantRateRow["countryGroup"] => g === 1 || g === 2 || g === 3;

/**
 * The institution's own rate table (domain.md §4: rates are data each office edits). Rows it has
 * not set are simply absent: callers put these first and DEFAULT_GRANT_RATES after them, as
 * estimateGrant takes the first matching row.
 */
export async function getGrantRateRows(institutionId: string, db: Db = prisma): Promise<GrantRateRow[]> {
  const rows = await db.grantRate.findMany({
    where: { institutionId },
    orderBy: [{ action: "asc" }, { callYear: "asc" }, { countryGroup: "asc" }],
  });
  return rows.flatMap((r) =>
    isGroup(r.countryGroup)
      ? [
          {
            action: r.action,
            callYear: r.callYear,
            countryGroup: r.countryGroup,
            monthlyRateCents: r.monthlyRateCents,
            traineeshipTopUpCents: r.traineeshipTopUpCents,
            fewerOpportunitiesTopUpCents: r.fewerOpportunitiesTopUpCents,
            greenTravelCents: r.greenTravelCents,
          },
        ]
      : [],
  );
}
