import "server-only";
import {
  DEFAULT_GRANT_RATES,
  addMonthsMinusOneDay,
  estimateGrant,
  formatIsoDate,
  fromDayNumber,
  inclusiveDayCount,
  proposeActionAndCallYear,
  type GrantEstimate,
  type GrantRateRow,
  type KeyAction,
} from "@/lib/domain";
import { isShortTermOffer } from "@/lib/domain/formats";
import type { ParticipantCategory } from "@/lib/domain/participants";
import { prisma } from "../db";
import { formatSettingsOfInstitution } from "./format-settings";
import { toRateRow } from "./grant-rates";

export interface GrantEstimateForMonths {
  readonly months: number;
  readonly start: string;
  readonly end: string;
  readonly days: number;
  /** Null when no rate applies (e.g. a host country without a §4 group). */
  readonly grant: GrantEstimate | null;
}

export interface OfferGrantEstimate {
  readonly action: KeyAction;
  readonly callYear: number;
  /** False when no action fits the sending and host countries (docs/domain.md §2): no grant then. */
  readonly countriesFit: boolean;
  /** True when the institution's own rate table supplied the rate, false for the defaults. */
  readonly institutionRates: boolean;
  /** For the offer's shortest and longest duration (one entry when they are equal). */
  readonly estimates: readonly GrantEstimateForMonths[];
}

export interface GrantEstimateParticipant {
  readonly institutionId: string;
  readonly institutionCountry: string;
  readonly fewerOpportunities: boolean;
  /** docs/domain.md §3a: the category decides the sector's action and the format's grant (monthly or daily). */
  readonly category?: ParticipantCategory;
  readonly institutionFormatSettings?: unknown;
}

export interface GrantEstimateOffer {
  readonly country: string;
  readonly durationMaxDays?: number | null;
  readonly earliestStart: Date;
  readonly durationMinMonths: number;
  readonly durationMaxMonths: number;
}

const calendarDate = (d: Date) => fromDayNumber(Math.floor(d.getTime() / 86_400_000));

/**
 * What this participant could receive for this offer, before the office decides: the action and
 * call year the host's accept would propose if it were decided today (proposeActionAndCallYear,
 * exactly as decideApplication does, and as the match reasons say), then the docs/domain.md §4 grant
 * for the offer's shortest and longest duration, both starting on its earliest start. The institution's own GrantRate rows win; any row it has
 * not set falls back to DEFAULT_GRANT_RATES. Green travel is left out: it depends on how the
 * participant travels, which is not known yet.
 */
export async function estimateGrantForOffer(
  participant: GrantEstimateParticipant,
  offer: GrantEstimateOffer,
  today: Date = new Date(),
): Promise<OfferGrantEstimate> {
  const settings = formatSettingsOfInstitution(participant.institutionFormatSettings);
  const proposalFor = (days: number | null) =>
    proposeActionAndCallYear({
      sendingCountry: participant.institutionCountry,
      hostCountry: offer.country,
      today,
      category: participant.category,
      days,
      settings,
      shortTermOffer: isShortTermOffer(offer, settings),
    });
  const { action, callYear, countriesFit } = proposalFor(null);
  const own = await prisma.grantRate.findMany({
    where: { institutionId: participant.institutionId, action, callYear },
  });
  const ownRows: GrantRateRow[] = own.flatMap(toRateRow);
  // estimateGrant takes the first matching row: the institution's rows first, then the defaults.
  const rates = [...ownRows, ...DEFAULT_GRANT_RATES];
  const start = calendarDate(offer.earliestStart);
  const durations = [...new Set([offer.durationMinMonths, offer.durationMaxMonths])].sort((a, b) => a - b);
  const estimates = durations.map((months) => {
    const end = addMonthsMinusOneDay(start, months);
    const days = inclusiveDayCount(start, end);
    // The format follows the length (a VET learner's 3 months are ErasmusPro, 1 month is not).
    const { format } = proposalFor(days);
    const grant = countriesFit
      ? estimateGrant({
          action,
          format,
          callYear,
          hostCountry: offer.country,
          days,
          fewerOpportunities: participant.fewerOpportunities,
          greenTravel: false,
          rates,
        })
      : null;
    return { months, start: formatIsoDate(start), end: formatIsoDate(end), days, grant };
  });
  // KA107 reads the group-1 row (estimateGrant: partner countries have no group).
  const institutionRates = ownRows.some((r) => estimates.some((e) => e.grant && r.countryGroup === (e.grant.countryGroup ?? 1)));
  return { action, callYear, countriesFit, institutionRates, estimates };
}
