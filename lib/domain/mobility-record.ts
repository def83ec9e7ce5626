// The mobility record an approval produces (docs/domain.md §5): what Mobility Tool+ / the Beneficiary
// Module hold, snapshotted from the placement, participant, institution and host at approval time.
// Pure: the caller loads the rows; this module turns them into the record's columns.
import type { KeyAction } from "./actions";
import { type DotActivityId, isDotActivityId } from "./activities";
import { normalizeCountryCode } from "./countries";
import { inclusiveDayCount, parseIsoDate, dateFromIso } from "./dates";
import { type FormatId, activityCodeOf } from "./formats";
import { DEFAULT_GRANT_RATES, type GrantEstimate, type GrantEstimateInput, type GrantRateRow, estimateGrant } from "./grants";
import { type ParticipantCategory, isRecentGraduateCategory } from "./participants";

// docs/domain.md §5, §3a: the record's activity type is the format's Beneficiary Module code
// (HE-SMT, KA103's HE-SMP-P, HE-STT, LM-SHORT-VET, SM-JOB-SHDW…).
export function activityTypeFor(action: KeyAction, format: FormatId = "HE-SMT-LONG"): string {
  return activityCodeOf(format, action);
}

export interface MobilityIdInput {
  /** The Erasmus code of an HEI, else the organisation's OID (§3a: only HEIs have an Erasmus code). */
  readonly erasmusCode: string;
  readonly callYear: number;
  readonly action: KeyAction;
  readonly placementId: string;
}

/** Letters and digits only, upper case ("B GENT01" → "BGENT01"). */
const compact = (s: string) => s.replace(/[^0-9a-z]/gi, "").toUpperCase();

/**
 * A readable, deterministic mobility id, unique per placement: call year, action, the sending
 * institution's Erasmus code and the last 8 letters/digits of the placement id
 * (e.g. 2026-KA131-BGENT01-K3X9Q2ZA). The tail of a cuid is its random block; a word prefix of
 * structured ids is dropped, so seed id "placement-042" gives …-BGENT01-042.
 */
export function mobilityIdFor(input: MobilityIdInput): string {
  const tail = compact(input.placementId.replace(/^[a-z]+-(?=.)/i, "")).slice(-8);
  if (tail.length === 0) throw new MobilityRecordError("invalid-placement-id", "The placement id has no letters or digits.");
  return `${input.callYear}-${input.action}-${compact(input.erasmusCode)}-${tail}`;
}

export type MobilityRecordProblem = "invalid-placement-id" | "missing-agreement-number" | "invalid-dates" | "no-categories" | "no-grant-rate";

/** A record that cannot be built from the data given (the service turns it into a refusal). */
export class MobilityRecordError extends Error {
  constructor(
    readonly problem: MobilityRecordProblem,
    message: string,
  ) {
    super(message);
    this.name = "MobilityRecordError";
  }
}

export interface AgreementRow {
  readonly action: KeyAction;
  readonly callYear: number;
  readonly agreementNumber: string;
}

/** The institution's project agreement number for an action and call year (docs/domain.md §5), or null. */
export function agreementNumberFor(agreements: readonly AgreementRow[], action: KeyAction, callYear: number): string | null {
  const number = agreements.find((a) => a.action === action && a.callYear === callYear)?.agreementNumber.trim();
  return number ? number : null;
}

export interface MobilityRecordInput {
  readonly placementId: string;
  readonly action: KeyAction;
  /** docs/domain.md §3a; default: a long-term traineeship. */
  readonly format?: FormatId;
  /** §3a: a blended short-term traineeship's virtual component. */
  readonly virtualComponent?: { readonly start: string; readonly end: string; readonly description: string } | null;
  readonly callYear: number;
  /** Calendar dates "YYYY-MM-DD". */
  readonly start: string;
  readonly end: string;
  /** The institution's project agreement number for action + call year (see agreementNumberFor). */
  readonly agreementNumber: string;
  /** Categories the DOT check found evidence for; an override's categories replace them. */
  readonly evidenceCategories: readonly string[];
  /** The institution's rate table (docs/domain.md §4); rows missing for this action/call fall back to DEFAULT_GRANT_RATES. */
  readonly rates?: readonly GrantRateRow[];
  readonly greenTravel?: boolean;
  readonly participant: {
    readonly firstName: string;
    readonly lastName: string;
    readonly email: string;
    readonly birthDate?: Date | null;
    readonly nationality: string;
    readonly gender?: string | null;
    readonly category: ParticipantCategory;
    readonly fewerOpportunities: boolean;
    /** ISCED-F 2013, 4 digits. */
    readonly fieldOfEducation: string;
    readonly eqfLevel: number;
    readonly previousMonths: number;
  };
  /** ISO 639-1: the offer's working language. */
  readonly mainLanguage: string;
  /** Only an HEI has an Erasmus code; other organisations are known by their OID (§3a). */
  readonly sending: {
    readonly name: string;
    readonly erasmusCode: string | null;
    readonly oid?: string | null;
    readonly country: string;
    readonly city: string;
  };
  readonly receiving: {
    readonly name: string;
    readonly pic?: string | null;
    readonly oid?: string | null;
    readonly belowTwoFifty: boolean;
    /** NACE Rev. 2 section letter. */
    readonly sector: string;
    readonly country: string;
    readonly city: string;
  };
  readonly approvedBy?: { readonly id: string | null; readonly name: string };
  /** An officer's confirmation of categories when the wording gave no evidence. */
  readonly override?: {
    readonly categories: readonly DotActivityId[];
    readonly justification: string;
    readonly byName: string;
    readonly at: Date;
  };
}

/** Every MobilityRecord column except id, placementId, institutionId, createdAt and approvedAt. */
export interface MobilityRecordFields {
  action: KeyAction;
  callYear: number;
  format: FormatId;
  activityType: string;
  agreementNumber: string;
  mobilityId: string;
  digitalSkills: boolean;
  categories: DotActivityId[];
  startDate: Date;
  endDate: Date;
  durationDays: number;
  fundedMonths: number;
  extraDays: number;
  countryGroup: number | null;
  monthlyRateCents: number;
  grantBasis: string;
  dailyRateCents: number;
  baseGrantCents: number;
  topUpCents: number;
  travelCents: number;
  totalGrantCents: number;
  participantFirstName: string;
  participantLastName: string;
  participantEmail: string;
  participantBirthDate: Date | null;
  participantNationality: string;
  participantGender: string | null;
  recentGraduate: boolean;
  fewerOpportunities: boolean;
  fieldOfEducation: string;
  eqfLevel: number;
  previousParticipationMonths: number;
  mainLanguage: string;
  sendingName: string;
  sendingErasmusCode: string;
  sendingOid: string | null;
  sendingCountry: string;
  sendingCity: string;
  receivingName: string;
  receivingPic: string | null;
  receivingOid: string | null;
  receivingBelowTwoFifty: boolean;
  receivingSector: string;
  receivingCountry: string;
  receivingCity: string;
  virtualStart: Date | null;
  virtualEnd: Date | null;
  virtualDescription: string | null;
  approvedById: string | null;
  approvedByName: string;
  overrideJustification: string | null;
  /** Absent without an override (a nullable JSON column: undefined leaves it NULL). */
  overrideCategories?: DotActivityId[];
  overrideByName: string | null;
  overrideAt: Date | null;
}

const country = (code: string) => normalizeCountryCode(code) ?? code.toUpperCase();

/**
 * docs/domain.md §4 with the institution's rates; when the institution has no row for this action,
 * call year and group, the portal's defaults apply (an office that never edited its table).
 */
export function grantFor(input: Omit<GrantEstimateInput, "greenTravel"> & { readonly greenTravel?: boolean }): GrantEstimate | null {
  const base = { ...input, greenTravel: input.greenTravel ?? false };
  return estimateGrant({ ...base, rates: input.rates ?? [] }) ?? estimateGrant({ ...base, rates: DEFAULT_GRANT_RATES });
}

export function buildMobilityRecord(input: MobilityRecordInput): MobilityRecordFields {
  const agreementNumber = input.agreementNumber.trim();
  if (!agreementNumber) {
    throw new MobilityRecordError("missing-agreement-number", `No project agreement number for ${input.action} call ${input.callYear}.`);
  }
  const start = parseIsoDate(input.start);
  const end = parseIsoDate(input.end);
  if (!start || !end || inclusiveDayCount(start, end) < 1) {
    throw new MobilityRecordError("invalid-dates", `The placement dates ${input.start}–${input.end} are not a valid period.`);
  }
  const durationDays = inclusiveDayCount(start, end); // docs/domain.md §3: inclusive of start and end
  const categories = [...new Set(input.override?.categories ?? input.evidenceCategories.filter(isDotActivityId))];
  if (categories.length === 0) {
    throw new MobilityRecordError("no-categories", "A DOT record needs at least one digital-skills activity (docs/domain.md §1).");
  }
  const { participant: p, sending, receiving } = input;
  const format = input.format ?? "HE-SMT-LONG";
  const grant = grantFor({
    action: input.action,
    format,
    callYear: input.callYear,
    hostCountry: receiving.country,
    days: durationDays,
    fewerOpportunities: p.fewerOpportunities,
    greenTravel: input.greenTravel,
    rates: input.rates,
  });
  if (!grant) {
    throw new MobilityRecordError("no-grant-rate", `No grant rate for ${input.action} call ${input.callYear} in ${receiving.country}.`);
  }
  return {
    action: input.action,
    callYear: input.callYear,
    format,
    activityType: activityTypeFor(input.action, format),
    agreementNumber,
    mobilityId: mobilityIdFor({
      erasmusCode: sending.erasmusCode || sending.oid || "",
      callYear: input.callYear,
      action: input.action,
      placementId: input.placementId,
    }),
    digitalSkills: true,
    categories,
    startDate: dateFromIso(input.start),
    endDate: dateFromIso(input.end),
    durationDays,
    fundedMonths: grant.fullMonths,
    extraDays: grant.extraDays,
    countryGroup: grant.countryGroup,
    monthlyRateCents: grant.monthlyRateCents,
    grantBasis: grant.basis,
    dailyRateCents: grant.dailyRateCents,
    baseGrantCents: grant.baseCents,
    topUpCents: grant.traineeshipTopUpCents + grant.fewerOpportunitiesTopUpCents,
    travelCents: grant.greenTravelCents,
    totalGrantCents: grant.totalCents,
    participantFirstName: p.firstName.trim(),
    participantLastName: p.lastName.trim(),
    participantEmail: p.email,
    participantBirthDate: p.birthDate ?? null,
    participantNationality: country(p.nationality),
    participantGender: p.gender ?? null,
    recentGraduate: isRecentGraduateCategory(p.category),
    fewerOpportunities: p.fewerOpportunities,
    fieldOfEducation: p.fieldOfEducation,
    eqfLevel: p.eqfLevel,
    previousParticipationMonths: p.previousMonths,
    mainLanguage: input.mainLanguage,
    sendingName: sending.name,
    sendingErasmusCode: sending.erasmusCode ?? "",
    sendingOid: sending.oid ?? null,
    sendingCountry: country(sending.country),
    sendingCity: sending.city,
    receivingName: receiving.name,
    receivingPic: receiving.pic ?? null,
    receivingOid: receiving.oid ?? null,
    receivingBelowTwoFifty: receiving.belowTwoFifty,
    receivingSector: receiving.sector,
    receivingCountry: country(receiving.country),
    receivingCity: receiving.city,
    virtualStart: input.virtualComponent ? dateFromIso(input.virtualComponent.start) : null,
    virtualEnd: input.virtualComponent ? dateFromIso(input.virtualComponent.end) : null,
    virtualDescription: input.virtualComponent?.description.trim() ?? null,
    approvedById: input.approvedBy?.id ?? null,
    approvedByName: input.approvedBy?.name ?? "",
    overrideJustification: input.override ? input.override.justification.trim() : null,
    ...(input.override ? { overrideCategories: categories } : {}),
    overrideByName: input.override?.byName ?? null,
    overrideAt: input.override?.at ?? null,
  };
}
