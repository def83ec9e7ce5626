// Shapes shared by the match factors (lib/domain/matching/score.ts). Pure data: no I/O, no Prisma.
import type { HostOrganisationType } from "../actions";
import type { CefrLevelCode } from "../languages";
import type { CalendarDate } from "../dates";
import type { ParticipantCategory } from "../participants";

export interface LanguageLevel {
  /** ISO 639-1 code, lower case ("de"). */
  readonly language: string;
  /** CEFR A1–C2 or native (docs/domain.md §5, the Learning Agreement's working language). */
  readonly level: CefrLevelCode;
}

/** What matching needs to know about a signed-in participant. */
export interface MatchParticipant {
  readonly category: ParticipantCategory;
  /** ISCED-F 2013 detailed field ("0613"). */
  readonly fieldOfEducation: string;
  /** The sending institution's country (ISO alpha-2): decides the action and host countries. */
  readonly institutionCountry: string;
  /** One skill per entry, as the participant wrote them ("Python", "Adobe Illustrator"). */
  readonly skills: readonly string[];
  readonly languages: readonly LanguageLevel[];
  readonly graduationDate: CalendarDate | null;
  readonly selectedOn: CalendarDate | null;
  /** Months of Erasmus+ mobility already used in this study cycle (docs/domain.md §3). */
  readonly previousMobilityMonths: number;
  readonly oneCycleProgramme: boolean;
}

/** What matching needs to know about a published offer. */
export interface MatchOffer {
  readonly id: string;
  readonly title: string;
  readonly tasks: string;
  readonly requiredSkills: readonly string[];
  /** Declared DOT activity ids (docs/domain.md §1). */
  readonly categories: readonly string[];
  /** Host country (ISO alpha-2). */
  readonly country: string;
  readonly hostType: HostOrganisationType;
  readonly languages: readonly LanguageLevel[];
  readonly durationMinMonths: number;
  readonly durationMaxMonths: number;
  /** Both set: the offer's range is in days, and the factors read it in days (lib/domain/offer-terms.ts). */
  readonly durationMinDays: number | null;
  readonly durationMaxDays: number | null;
  /** Who the offer is for (docs/domain.md §3a): an offer not for the participant's group is ineligible. */
  readonly forStudents: boolean;
  readonly forStaff: boolean;
  readonly forVetLearners: boolean;
  readonly earliestStart: CalendarDate;
  readonly latestEnd: CalendarDate;
  readonly applicationDeadline: CalendarDate;
}

export type MatchTone = "good" | "partial" | "bad";

export const MATCH_FACTOR_IDS = ["eligibility", "cap", "graduation", "dates", "skills", "language", "field"] as const;
export type MatchFactorId = (typeof MATCH_FACTOR_IDS)[number];

/**
 * One reason in plain words: the text is the message `match.reasons.<id>.<code>` with `params`
 * (ICU arguments: ISO dates "YYYY-MM-DD", ISO country/language codes, numbers) and `lists`
 * (arrays the page joins with Intl.ListFormat into the argument of the same name).
 */
export interface MatchReason {
  readonly id: MatchFactorId;
  readonly tone: MatchTone;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly lists?: Readonly<Record<string, readonly string[]>>;
}

export interface MatchResult {
  /** 0–100, see SCORE_WEIGHTS. */
  readonly score: number;
  /** False when Erasmus+ could not fund this traineeship for this participant; `reasons` say why. */
  readonly eligible: boolean;
  readonly reasons: readonly MatchReason[];
}

/** A factor's verdict: its reasons plus how well it fits (0–1) and whether it blocks eligibility. */
export interface FactorOutcome {
  readonly reasons: readonly MatchReason[];
  readonly fit: number;
  readonly blocks: boolean;
}
