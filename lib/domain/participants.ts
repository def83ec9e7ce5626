// docs/domain.md §1 "Scope over time": which participants could do a DOT, from which call year on.
export const PARTICIPANT_CATEGORIES = [
  "HE_STUDENT",
  "HE_RECENT_GRADUATE",
  "HE_STAFF",
  "VET_LEARNER",
  "VET_RECENT_GRADUATE",
  "VET_STAFF",
  "SCHOOL_STAFF",
  "ADULT_EDUCATION_STAFF",
] as const;

export type ParticipantCategory = (typeof PARTICIPANT_CATEGORIES)[number];

const categories: ReadonlySet<string> = new Set(PARTICIPANT_CATEGORIES);

export function isParticipantCategory(value: unknown): value is ParticipantCategory {
  return typeof value === "string" && categories.has(value);
}

// docs/domain.md §1: HE students and recent graduates from 2018; HE staff and VET learners / recent
// graduates from 2021; VET staff, school education staff and adult education staff from 2022.
const FIRST_CALL_YEAR: Readonly<Record<ParticipantCategory, number>> = {
  HE_STUDENT: 2018,
  HE_RECENT_GRADUATE: 2018,
  HE_STAFF: 2021,
  VET_LEARNER: 2021,
  VET_RECENT_GRADUATE: 2021,
  VET_STAFF: 2022,
  SCHOOL_STAFF: 2022,
  ADULT_EDUCATION_STAFF: 2022,
};

export function firstCallYearFor(category: ParticipantCategory): number {
  return FIRST_CALL_YEAR[category];
}

export function isCategoryOpenInCallYear(category: ParticipantCategory, callYear: number): boolean {
  return callYear >= FIRST_CALL_YEAR[category];
}

export function isRecentGraduateCategory(category: ParticipantCategory): boolean {
  return category === "HE_RECENT_GRADUATE" || category === "VET_RECENT_GRADUATE";
}

// docs/domain.md §3: the study-cycle cap is about higher-education study cycles.
export function isHigherEducationLearner(category: ParticipantCategory): boolean {
  return category === "HE_STUDENT" || category === "HE_RECENT_GRADUATE";
}

/** The education sector a participant belongs to, and so the actions open to them (docs/domain.md §3a). */
export const SECTOR_OF_CATEGORY: Readonly<Record<ParticipantCategory, "HE" | "VET" | "SCH" | "ADU">> = {
  HE_STUDENT: "HE",
  HE_RECENT_GRADUATE: "HE",
  HE_STAFF: "HE",
  VET_LEARNER: "VET",
  VET_RECENT_GRADUATE: "VET",
  VET_STAFF: "VET",
  SCHOOL_STAFF: "SCH",
  ADULT_EDUCATION_STAFF: "ADU",
};

export function isStaffCategory(category: ParticipantCategory): boolean {
  return category === "HE_STAFF" || category === "VET_STAFF" || category === "SCHOOL_STAFF" || category === "ADULT_EDUCATION_STAFF";
}

/**
 * docs/domain.md §3a: who sends a participant. Only higher-education institutions hold an Erasmus code;
 * a VET provider, a school or an adult-education organisation is known by its OID.
 */
export const SENDING_ORGANISATION_TYPES = ["HEI", "VET_PROVIDER", "SCHOOL", "ADULT_EDUCATION"] as const;
export type SendingOrganisationType = (typeof SENDING_ORGANISATION_TYPES)[number];

export function isSendingOrganisationType(value: unknown): value is SendingOrganisationType {
  return typeof value === "string" && (SENDING_ORGANISATION_TYPES as readonly string[]).includes(value);
}

export const SECTOR_OF_SENDING_TYPE: Readonly<Record<SendingOrganisationType, "HE" | "VET" | "SCH" | "ADU">> = {
  HEI: "HE",
  VET_PROVIDER: "VET",
  SCHOOL: "SCH",
  ADULT_EDUCATION: "ADU",
};

/** The participant categories an organisation of this type sends (its learners and its staff). */
export function categoriesOfSendingType(type: SendingOrganisationType): readonly ParticipantCategory[] {
  const sector = SECTOR_OF_SENDING_TYPE[type];
  return PARTICIPANT_CATEGORIES.filter((c) => SECTOR_OF_CATEGORY[c] === sector);
}
