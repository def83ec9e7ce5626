// Each institution starts from the portal's default rate table (docs/domain.md §4) and edits it later;
// the defaults live in lib/domain/grants, the seed only copies them per institution.
import type { Prisma } from "@/generated/prisma/client";
import type { SendingOrganisationType } from "@/generated/prisma/enums";
import { sectorOfAction } from "@/lib/domain/actions";
import { DEFAULT_GRANT_RATES } from "@/lib/domain/grants";
import { SECTOR_OF_SENDING_TYPE } from "@/lib/domain/participants";

/** The rows of the organisation's own sector (docs/domain.md §3a: an HEI runs KA103/KA107/KA131, a VET provider KA121/KA122-VET, …). */
export function grantRatesFor(institutionId: string, type: SendingOrganisationType = "HEI"): Prisma.GrantRateCreateManyInput[] {
  const slug = institutionId.slice("inst-".length);
  const sector = SECTOR_OF_SENDING_TYPE[type];
  return DEFAULT_GRANT_RATES.filter((row) => sectorOfAction(row.action) === sector).map((row) => ({
    id: `rate-${slug}-${row.action.toLowerCase()}-${row.callYear}-g${row.countryGroup}`,
    institutionId,
    action: row.action,
    callYear: row.callYear,
    countryGroup: row.countryGroup,
    monthlyRateCents: row.monthlyRateCents,
    traineeshipTopUpCents: row.traineeshipTopUpCents,
    fewerOpportunitiesTopUpCents: row.fewerOpportunitiesTopUpCents,
    greenTravelCents: row.greenTravelCents,
    // §3a daily rates: short-term traineeships, staff and KA12x learners are paid per day.
    shortTermFirstBandCents: row.shortTermFirstBandCents ?? 0,
    shortTermSecondBandCents: row.shortTermSecondBandCents ?? 0,
    staffDailyCents: row.staffDailyCents ?? 0,
    learnerDailyCents: row.learnerDailyCents ?? 0,
  }));
}
