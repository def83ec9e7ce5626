// Who an offer is for and how long it lasts (docs/domain.md §3a: every DOT participant does the
// mobility format of their own sector, so an offer names its participants and gives its range in
// days for short mobilities — staff, short-term traineeships — or in months). Pure; shared by the
// editor, the services, the search index and matching.
import { type CalendarDate, addDays, addMonthsMinusOneDay } from "./dates";
import type { ParticipantCategory } from "./participants";

/** The participant groups an offer can be for; also the values of the search facet `for=`. */
export const OFFER_AUDIENCES = ["students", "staff", "vet"] as const;
export type OfferAudience = (typeof OFFER_AUDIENCES)[number];

export function isOfferAudience(value: unknown): value is OfferAudience {
  return typeof value === "string" && (OFFER_AUDIENCES as readonly string[]).includes(value);
}

export interface OfferAudienceFlags {
  /** HE students and recent graduates. */
  readonly forStudents: boolean;
  /** Staff of any sector (HE, VET, school, adult education). */
  readonly forStaff: boolean;
  /** VET learners and recent graduates. */
  readonly forVetLearners: boolean;
}

const FLAG_OF: Readonly<Record<OfferAudience, keyof OfferAudienceFlags>> = {
  students: "forStudents",
  staff: "forStaff",
  vet: "forVetLearners",
};

/** The audience group of a participant category (§3a rows). */
export const AUDIENCE_OF_CATEGORY: Readonly<Record<ParticipantCategory, OfferAudience>> = {
  HE_STUDENT: "students",
  HE_RECENT_GRADUATE: "students",
  HE_STAFF: "staff",
  VET_LEARNER: "vet",
  VET_RECENT_GRADUATE: "vet",
  VET_STAFF: "staff",
  SCHOOL_STAFF: "staff",
  ADULT_EDUCATION_STAFF: "staff",
};

export function offerAudiences(offer: OfferAudienceFlags): OfferAudience[] {
  return OFFER_AUDIENCES.filter((a) => offer[FLAG_OF[a]]);
}

export function isOfferFor(offer: OfferAudienceFlags, audience: OfferAudience): boolean {
  return offer[FLAG_OF[audience]];
}

/** Flags from a list of audiences (the form's checkboxes, the API's `for` array). */
export function audienceFlags(audiences: readonly OfferAudience[]): OfferAudienceFlags {
  return { forStudents: audiences.includes("students"), forStaff: audiences.includes("staff"), forVetLearners: audiences.includes("vet") };
}

/** The audience bit mask the search index keeps per offer (students 1, staff 2, vet 4). */
export function audienceMask(offer: OfferAudienceFlags): number {
  return (offer.forStudents ? 1 : 0) | (offer.forStaff ? 2 : 0) | (offer.forVetLearners ? 4 : 0);
}

export const AUDIENCE_BIT: Readonly<Record<OfferAudience, number>> = { students: 1, staff: 2, vet: 4 };

export interface OfferDurationColumns {
  readonly durationMinMonths: number;
  readonly durationMaxMonths: number;
  /** Both set: the range is in days (and the month columns are derived, see monthsCoveringDays). */
  readonly durationMinDays?: number | null;
  readonly durationMaxDays?: number | null;
}

export type DurationUnit = "days" | "months";

/** A range in days: the longest mobility of §3a (SM-TTA, LM-LONG-VET) is 365 days. */
export const MAX_OFFER_DAYS = 365;

export interface OfferDurationRange {
  readonly unit: DurationUnit;
  readonly min: number;
  readonly max: number;
}

/** The offer's range in the unit it was given in. */
export function offerDurationRange(offer: OfferDurationColumns): OfferDurationRange {
  if (offer.durationMinDays != null && offer.durationMaxDays != null) {
    return { unit: "days", min: offer.durationMinDays, max: offer.durationMaxDays };
  }
  return { unit: "months", min: offer.durationMinMonths, max: offer.durationMaxMonths };
}

/** The last day of a period of `length` units starting on `start` (both days included). */
export function periodEnd(start: CalendarDate, length: number, unit: DurationUnit): CalendarDate {
  return unit === "days" ? addDays(start, length - 1) : addMonthsMinusOneDay(start, length);
}

/**
 * The month columns of an offer whose range is in days: the whole months (of 30 days, as the grant
 * arithmetic counts, docs/domain.md §4) that cover the days, at least 1 — 5–30 days is 1/1, 2–60 days
 * 1/2. They keep everything that reads months only (the duration facet, sorts, older clients of
 * the API) consistent with the days; the days stay the offer's terms.
 */
export function monthsCoveringDays(days: number): number {
  return Math.max(1, Math.ceil(days / 30));
}
