import "server-only";
import { calendarDateOf } from "@/lib/domain/dates";
import type { Prisma } from "@/generated/prisma/client";
import { type CalendarDate, type MatchOffer, type MatchParticipant, type MatchResult, compareMatches, matchOffer, parseSkillList } from "@/lib/domain";
import { prisma } from "../db";

// Loads what lib/domain/matching needs from the database and ranks offers for one participant.

const toCalendar = (today: Date | CalendarDate): CalendarDate => (today instanceof Date ? calendarDateOf(today) : today);

/** The ParticipantProfile columns matching reads; spread it into a larger select (e.g. a host's applicant list). */
export const MATCH_PARTICIPANT_SELECT = {
  category: true,
  fieldOfEducation: true,
  skills: true,
  graduationDate: true,
  selectedOn: true,
  previousMobilityMonths: true,
  oneCycleProgramme: true,
  institution: { select: { country: true } },
  languages: { select: { language: true, level: true }, orderBy: { language: "asc" } },
} as const satisfies Prisma.ParticipantProfileSelect;

export type MatchParticipantRow = Prisma.ParticipantProfileGetPayload<{ select: typeof MATCH_PARTICIPANT_SELECT }>;

export function toMatchParticipant(profile: MatchParticipantRow): MatchParticipant {
  return {
    category: profile.category,
    fieldOfEducation: profile.fieldOfEducation,
    institutionCountry: profile.institution.country,
    skills: parseSkillList(profile.skills),
    languages: profile.languages,
    graduationDate: profile.graduationDate ? calendarDateOf(profile.graduationDate) : null,
    selectedOn: profile.selectedOn ? calendarDateOf(profile.selectedOn) : null,
    previousMobilityMonths: profile.previousMobilityMonths,
    oneCycleProgramme: profile.oneCycleProgramme,
  };
}

/** The signed-in user's matching profile; null when the user has no participant profile (e.g. a company user). */
export async function getMatchParticipant(userId: string): Promise<MatchParticipant | null> {
  const profile = await prisma.participantProfile.findUnique({ where: { userId }, select: MATCH_PARTICIPANT_SELECT });
  return profile ? toMatchParticipant(profile) : null;
}

/** The Offer columns matching reads; spread it into a larger select to rank search results. */
export const MATCH_OFFER_SELECT = {
  id: true,
  title: true,
  tasks: true,
  requiredSkills: true,
  country: true,
  durationMinMonths: true,
  durationMaxMonths: true,
  durationMinDays: true,
  durationMaxDays: true,
  forStudents: true,
  forStaff: true,
  forVetLearners: true,
  earliestStart: true,
  latestEnd: true,
  applicationDeadline: true,
  host: { select: { type: true } },
  categories: { select: { category: true }, orderBy: { category: "asc" } },
  languages: { select: { language: true, level: true }, orderBy: { language: "asc" } },
} as const satisfies Prisma.OfferSelect;

export type MatchOfferRow = Prisma.OfferGetPayload<{ select: typeof MATCH_OFFER_SELECT }>;

export function toMatchOffer(row: MatchOfferRow): MatchOffer {
  return {
    id: row.id,
    title: row.title,
    tasks: row.tasks,
    requiredSkills: parseSkillList(row.requiredSkills),
    categories: row.categories.map((c) => c.category),
    country: row.country,
    hostType: row.host.type,
    languages: row.languages,
    durationMinMonths: row.durationMinMonths,
    durationMaxMonths: row.durationMaxMonths,
    durationMinDays: row.durationMinDays,
    durationMaxDays: row.durationMaxDays,
    // Raw SQL (the search's match ranking) gives SQLite booleans as 0/1.
    forStudents: Boolean(row.forStudents),
    forStaff: Boolean(row.forStaff),
    forVetLearners: Boolean(row.forVetLearners),
    earliestStart: calendarDateOf(row.earliestStart),
    latestEnd: calendarDateOf(row.latestEnd),
    applicationDeadline: calendarDateOf(row.applicationDeadline),
  };
}

/** One offer's match, for the offer page. */
export function matchOfferRow(participant: MatchParticipant, row: MatchOfferRow, today: Date | CalendarDate): MatchResult {
  return matchOffer(participant, toMatchOffer(row), toCalendar(today));
}

/**
 * Every row with its match, best first: eligible before ineligible, then higher score, then the
 * earlier application deadline, then the id, so equal scores always come out in the same order.
 */
export function rankOffers<R extends MatchOfferRow>(
  participant: MatchParticipant,
  rows: readonly R[],
  today: Date | CalendarDate,
): { row: R; match: MatchResult }[] {
  const day = toCalendar(today);
  return rows
    .map((row) => ({ row, match: matchOffer(participant, toMatchOffer(row), day) }))
    .sort(
      (a, b) =>
        compareMatches(a.match, b.match) ||
        a.row.applicationDeadline.getTime() - b.row.applicationDeadline.getTime() ||
        (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0),
    );
}
