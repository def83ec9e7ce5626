// Each institution starts from the portal's default rate table (domain.md §4) and edits it later;
// the defaults live in lib/domain/grants, the seed only copies them per institution.
import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_GRANT_RATES } from "@/lib/domain/grants";

export function grantRatesFor(institutionId: string): Prisma.GrantRateCreateManyInput[] {
  const slug = institutionId.slice("inst-".length);
  return DEFAULT_GRANT_RATES.map((row) => ({
    id: `rate-${slug}-${row.action.toLowerCase()}-${row.callYear}-g${row.countryGroup}`,
    institutionId,
    action: row.action,
    callYear: row.callYear,
    countryGroup: row.countryGroup,
    monthlyRateCents: row.monthlyRateCents,
    traineeshipTopUpCents: row.traineeshipTopUpCents,
    fewerOpportunitiesTopUpCents: row.fewerOpportunitiesTopUpCents,
    greenTravelCents: row.greenTravelCents,
  }));
}
