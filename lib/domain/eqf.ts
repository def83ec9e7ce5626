import type { ParticipantCategory } from "./participants";

// Which EQF levels a participant's current (or just finished) programme can sit at.
// docs/domain.md §5/§6: higher education is EQF 5–8 (short cycle, bachelor, master, doctorate).
// Vocational education and training runs from EQF 2 to 5 (5 = higher VET such as the Belgian
// graduaat). Staff are classified by their own highest qualification, which may be any level.
const RANGES: Readonly<Record<ParticipantCategory, readonly [min: number, max: number]>> = {
  HE_STUDENT: [5, 8],
  HE_RECENT_GRADUATE: [5, 8],
  HE_STAFF: [5, 8],
  VET_LEARNER: [2, 5],
  VET_RECENT_GRADUATE: [2, 5],
  VET_STAFF: [1, 8],
  SCHOOL_STAFF: [1, 8],
  ADULT_EDUCATION_STAFF: [1, 8],
};

export const EQF_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

export function eqfRangeFor(category: ParticipantCategory): { min: number; max: number } {
  const [min, max] = RANGES[category];
  return { min, max };
}

export function isEqfLevelAllowed(category: ParticipantCategory, level: number): boolean {
  const { min, max } = eqfRangeFor(category);
  return Number.isInteger(level) && level >= min && level <= max;
}
