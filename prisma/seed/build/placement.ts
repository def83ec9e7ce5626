import type { Prisma } from "@/generated/prisma/client";
import { firstOfCurrentMonthUtc, monthStart, periodEnd } from "../dates";

export type PlacementInput = Partial<Prisma.PlacementCreateManyInput> & {
  applicationId: string;
  institutionId: string;
  referenceDate?: Date;
};

/** A PROPOSED KA131 placement of three months starting two months after the reference date. */
export function placementData(overrides: PlacementInput): Prisma.PlacementCreateManyInput {
  const { referenceDate, ...fields } = overrides;
  const reference = referenceDate ?? firstOfCurrentMonthUtc();
  const startDate = fields.startDate ?? monthStart(reference, 2);
  const start = startDate instanceof Date ? startDate : new Date(startDate);
  return {
    action: "KA131",
    // KA131 calls run 2021–2027 (docs/domain.md §2): clamp so a late reference date stays valid.
    callYear: Math.min(2027, Math.max(2021, reference.getUTCFullYear())),
    startDate: start,
    endDate: periodEnd(start, 3),
    status: "PROPOSED",
    ...fields,
  };
}
