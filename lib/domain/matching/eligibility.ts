// Eligibility of the host for this participant (docs/domain.md §2, §3): the action a placement would
// fall under (the same choice a host's "accept" makes, lib/domain/placement-proposal), the
// participant's category in that call, and the host organisation's type. Any failure makes the
// offer ineligible; every failure is a reason.
import { type KeyAction, isEligibleHostType, isEligibleSendingCountry } from "../actions";
import { FIRST_CALL_YEAR_2021_2027, normalizeCountryCode } from "../countries";
import type { CalendarDate } from "../dates";
import { firstCallYearFor, isCategoryOpenInCallYear, isHigherEducationLearner, isRecentGraduateCategory, SECTOR_OF_CATEGORY } from "../participants";
import { proposeActionAndCallYear } from "../placement-proposal";
import { AUDIENCE_OF_CATEGORY, isOfferFor, offerDurationRange } from "../offer-terms";
import { FORMATS, type FormatRule, formatsForCategory } from "../formats";
import type { FactorOutcome, MatchOffer, MatchParticipant, MatchReason } from "./types";

export function toUtcDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.y, date.m - 1, date.d));
}

interface Proposal {
  readonly sending: string;
  readonly host: string;
  readonly action: KeyAction;
  readonly callYear: number;
  readonly countriesFit: boolean;
}

function countryProblem({ sending, host, action, callYear, countriesFit }: Proposal): MatchReason | null {
  if (countriesFit) return null;
  const reason = (code: string): MatchReason => ({ id: "eligibility", tone: "bad", code, params: { sending, host, action, callYear } });
  const modern = callYear >= FIRST_CALL_YEAR_2021_2027;
  if (!isEligibleSendingCountry(modern ? "KA131" : "KA103", sending, callYear)) return reason("sending-not-eligible");
  // docs/domain.md §2: KA103/KA131 hosts are abroad; KA107 hosts are never Programme Countries.
  if (sending === host) return reason("same-country");
  return reason(modern ? "host-not-eligible" : "host-not-eligible-2014-2020");
}

const formatMaxDays = (f: FormatRule) => ("days" in f.max ? f.max.days : f.max.months * 31);

/**
 * The formats open to the participant's category (docs/domain.md §3a) that some period of the
 * offer's range could fall in. Generous on purpose (a month counts as 28 to 31 days): the gate
 * refuses only an offer no calendar could fit, and the office's checks decide the exact dates.
 */
export function formatsFittingOffer(category: MatchParticipant["category"], offer: MatchOffer): FormatRule[] {
  const range = offerDurationRange(offer);
  const [lo, hi] = range.unit === "days" ? [range.min, range.max] : [range.min * 28, range.max * 31];
  return formatsForCategory(category)
    .map((id) => FORMATS[id])
    .filter((f) => lo <= formatMaxDays(f) && hi >= f.minDays);
}

export function eligibilityFactor(participant: MatchParticipant, offer: MatchOffer, today: CalendarDate): FactorOutcome {
  const sending = normalizeCountryCode(participant.institutionCountry) ?? participant.institutionCountry;
  const host = normalizeCountryCode(offer.country) ?? offer.country;
  // docs/domain.md §3a: the participant's sector decides the action (KA131, or KA121 of VET…).
  const proposal = {
    sending,
    host,
    ...proposeActionAndCallYear({ sendingCountry: sending, hostCountry: host, today: toUtcDate(today), category: participant.category }),
  };
  const { action, callYear } = proposal;
  const { category } = participant;
  const bad = (code: string, extra: Record<string, string | number> = {}): MatchReason => ({
    id: "eligibility",
    tone: "bad",
    code,
    params: { sending, host, action, callYear, category, ...extra },
  });
  const problems: MatchReason[] = [];
  // docs/domain.md §3a: the host says which participants the offer is for; another group does
  // another mobility format, which the offer does not propose.
  const group = AUDIENCE_OF_CATEGORY[category];
  if (!isOfferFor(offer, group)) problems.push(bad("not-for-group", { group }));
  // The participant's format decides how long the mobility may last (staff: days, not months).
  else if (formatsFittingOffer(category, offer).length === 0) {
    const { unit, min, max } = offerDurationRange(offer);
    problems.push({ ...bad("duration-outside-format", { unit, min, max }), lists: { formats: [...formatsForCategory(category)] } });
  }
  const country = countryProblem(proposal);
  // Before its sector opened (§1), a participant has no action at all: the category says why.
  if (country && (SECTOR_OF_CATEGORY[category] === "HE" || isCategoryOpenInCallYear(category, callYear))) problems.push(country);
  // docs/domain.md §1 scope over time; §3 KA103/KA107 only for HE students and recent graduates,
  // and no recent graduates in KA107.
  if (!isCategoryOpenInCallYear(category, callYear)) problems.push(bad("category-not-open", { first: firstCallYearFor(category) }));
  else if ((action === "KA103" || action === "KA107") && !isHigherEducationLearner(category)) problems.push(bad("category-not-in-action"));
  else if (action === "KA107" && isRecentGraduateCategory(category)) problems.push(bad("recent-graduate-not-in-ka107"));
  // docs/domain.md §3: EU institutions and bodies, and organisations managing EU programmes, cannot host.
  if (!isEligibleHostType(offer.hostType)) problems.push(bad("host-type-not-eligible", { hostType: offer.hostType }));

  if (problems.length > 0) return { reasons: problems, fit: 0, blocks: true };
  return { reasons: [{ id: "eligibility", tone: "good", code: "ok", params: { sending, host, action, callYear } }], fit: 1, blocks: false };
}
