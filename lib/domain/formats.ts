// docs/domain.md §3a: the mobility format (Beneficiary Module activity type) decides which rule set a
// DOT mobility follows. Section 3's 60 days – 12 months, the study-cycle cap and the recent-graduate
// rule belong to long-term higher-education traineeships only; every other participant does a
// mobility of their own sector, flagged as digital, with the bounds of its format.
import type { KeyAction } from "./actions";
import type { ParticipantCategory } from "./participants";

/**
 * The portal's format ids. `HE-SMT` is one Beneficiary Module code for two formats (long-term and
 * short-term traineeships), so the portal names them apart; `activityCodeOf` gives the BM code.
 */
export const FORMAT_IDS = ["HE-SMT-LONG", "HE-SMT-SHORT", "HE-STT", "LM-SHORT-VET", "LM-LONG-VET", "SM-JOB-SHDW", "SM-COUR-TRAIN", "SM-TTA"] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export function isFormatId(value: unknown): value is FormatId {
  return typeof value === "string" && (FORMAT_IDS as readonly string[]).includes(value);
}

/** How the grant of a format is computed (docs/domain.md §3a, §4). */
export type GrantBasis = "monthly" | "daily-bands" | "staff-daily" | "learner-daily";

/** Longest period of a format: calendar months (§3's "12 months") or a number of days. */
export type MaxDuration = { readonly months: number } | { readonly days: number };

export interface FormatRule {
  readonly id: FormatId;
  /** The Beneficiary Module activity type code. */
  readonly activityCode: string;
  readonly actions: readonly KeyAction[];
  readonly categories: readonly ParticipantCategory[];
  readonly minDays: number;
  readonly max: MaxDuration;
  /** §3: the 12 (24) months per study cycle. */
  readonly studyCycleCap: boolean;
  /** Which recent-graduate rule applies: §3's (higher education) or §3a's VET one. */
  readonly recentGraduateRule: "higher-education" | "vet" | null;
  readonly grantBasis: GrantBasis;
  /** §3a: short-term HE traineeships are blended; the virtual part is compulsory below EQF 8. */
  readonly virtualComponent: "required-below-doctoral" | null;
}

const HE_LEARNERS: readonly ParticipantCategory[] = ["HE_STUDENT", "HE_RECENT_GRADUATE"];
const VET_LEARNERS: readonly ParticipantCategory[] = ["VET_LEARNER", "VET_RECENT_GRADUATE"];
const SECTOR_STAFF: readonly ParticipantCategory[] = ["VET_STAFF", "SCHOOL_STAFF", "ADULT_EDUCATION_STAFF"];
const VET_ACTIONS: readonly KeyAction[] = ["KA121-VET", "KA122-VET"];
const STAFF_ACTIONS: readonly KeyAction[] = ["KA121-VET", "KA122-VET", "KA121-SCH", "KA122-SCH", "KA121-ADU", "KA122-ADU"];

const base = { studyCycleCap: false, recentGraduateRule: null, virtualComponent: null } as const;

/** docs/domain.md §3a, one row per format. */
export const FORMATS: Readonly<Record<FormatId, FormatRule>> = {
  "HE-SMT-LONG": {
    id: "HE-SMT-LONG",
    activityCode: "HE-SMT",
    actions: ["KA103", "KA107", "KA131"],
    categories: HE_LEARNERS,
    minDays: 60,
    max: { months: 12 },
    studyCycleCap: true,
    recentGraduateRule: "higher-education",
    grantBasis: "monthly",
    virtualComponent: null,
  },
  "HE-SMT-SHORT": {
    ...base,
    id: "HE-SMT-SHORT",
    activityCode: "HE-SMT",
    actions: ["KA131"],
    categories: ["HE_STUDENT"],
    minDays: 5,
    max: { days: 30 },
    grantBasis: "daily-bands",
    virtualComponent: "required-below-doctoral",
  },
  "HE-STT": {
    ...base,
    id: "HE-STT",
    activityCode: "HE-STT",
    actions: ["KA131"],
    categories: ["HE_STAFF"],
    minDays: 2,
    max: { days: 60 },
    grantBasis: "staff-daily",
  },
  "LM-SHORT-VET": {
    ...base,
    id: "LM-SHORT-VET",
    activityCode: "LM-SHORT-VET",
    actions: VET_ACTIONS,
    categories: VET_LEARNERS,
    minDays: 10,
    max: { days: 89 },
    recentGraduateRule: "vet",
    grantBasis: "learner-daily",
  },
  "LM-LONG-VET": {
    ...base,
    id: "LM-LONG-VET",
    activityCode: "LM-LONG-VET",
    actions: VET_ACTIONS,
    categories: VET_LEARNERS,
    minDays: 90,
    max: { days: 365 },
    recentGraduateRule: "vet",
    grantBasis: "learner-daily",
  },
  "SM-JOB-SHDW": {
    ...base,
    id: "SM-JOB-SHDW",
    activityCode: "SM-JOB-SHDW",
    actions: STAFF_ACTIONS,
    categories: SECTOR_STAFF,
    minDays: 2,
    max: { days: 60 },
    grantBasis: "staff-daily",
  },
  // §3a: course fees are paid for at most 10 days; the course itself may last 2–30 days.
  "SM-COUR-TRAIN": {
    ...base,
    id: "SM-COUR-TRAIN",
    activityCode: "SM-COUR-TRAIN",
    actions: STAFF_ACTIONS,
    categories: SECTOR_STAFF,
    minDays: 2,
    max: { days: 30 },
    grantBasis: "staff-daily",
  },
  "SM-TTA": {
    ...base,
    id: "SM-TTA",
    activityCode: "SM-TTA",
    actions: STAFF_ACTIONS,
    categories: SECTOR_STAFF,
    minDays: 2,
    max: { days: 365 },
    grantBasis: "staff-daily",
  },
};

/** §3a: course fees are funded for at most this many days of a structured course. */
export const COURSE_FEE_MAX_DAYS = 10;

/** The BM activity type a record of this format carries; §3a: KA103 wrote HE-SMP-P. */
export function activityCodeOf(format: FormatId, action: KeyAction): string {
  return format === "HE-SMT-LONG" && action === "KA103" ? "HE-SMP-P" : FORMATS[format].activityCode;
}

/**
 * Rules §3a marks unconfirmed: each organisation may set them, and the UI says they are
 * configurable. The defaults are §3a's.
 */
export interface FormatSettings {
  /** Physical days of a KA131 short-term traineeship (5–30). */
  readonly shortTermMinDays: number;
  readonly shortTermMaxDays: number;
  /** May VET mobilities go to third countries not associated to the programme? */
  readonly vetOutsideAssociated: boolean;
  /** A VET recent graduate's mobility must end (or start) within 12 months of graduation. */
  readonly vetGraduateWindow: "end" | "start";
}

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = {
  shortTermMinDays: 5,
  shortTermMaxDays: 30,
  vetOutsideAssociated: false,
  vetGraduateWindow: "end",
};

/** An offer whose range is in days and fits a short-term traineeship (see FormatHints). */
export function isShortTermOffer(offer: { readonly durationMaxDays?: number | null }, settings: FormatSettings = DEFAULT_FORMAT_SETTINGS): boolean {
  return offer.durationMaxDays !== null && offer.durationMaxDays !== undefined && offer.durationMaxDays <= settings.shortTermMaxDays;
}

export function formatSettingsOf(partial: Partial<FormatSettings> | null | undefined): FormatSettings {
  return { ...DEFAULT_FORMAT_SETTINGS, ...(partial ?? {}) };
}

export interface DurationBounds {
  readonly minDays: number;
  readonly max: MaxDuration;
}

/** The format's duration bounds, with the organisation's setting for short-term traineeships. */
export function durationBoundsOf(format: FormatId, settings: FormatSettings = DEFAULT_FORMAT_SETTINGS): DurationBounds {
  if (format === "HE-SMT-SHORT") return { minDays: settings.shortTermMinDays, max: { days: settings.shortTermMaxDays } };
  const { minDays, max } = FORMATS[format];
  return { minDays, max };
}

/** The formats open to a participant category (§3a), in the order a proposal prefers them. */
export function formatsForCategory(category: ParticipantCategory): readonly FormatId[] {
  return FORMAT_IDS.filter((id) => FORMATS[id].categories.includes(category));
}

export interface FormatHints {
  /**
   * Whether the offer is a short-term one (its range is in days, at most the short-term maximum).
   * A student's few weeks under an offer of months are a long-term traineeship that is too short,
   * not a short-term one; unknown (undefined) = decide by the length alone.
   */
  readonly shortTermOffer?: boolean;
}

/**
 * The format a mobility most likely is, from the category and the length (null when the dates are
 * unknown): the one whose bounds hold those days, else the category's main format so that the
 * duration check says what is wrong. Staff default to job shadowing up to 60 days and teaching or
 * training assignments beyond; an office picks a structured course by hand.
 */
export function inferFormat(
  category: ParticipantCategory,
  days: number | null,
  settings: FormatSettings = DEFAULT_FORMAT_SETTINGS,
  hints: FormatHints = {},
): FormatId {
  switch (category) {
    case "HE_STUDENT":
      if (hints.shortTermOffer === false) return "HE-SMT-LONG";
      return days !== null && days >= 1 && days <= settings.shortTermMaxDays ? "HE-SMT-SHORT" : "HE-SMT-LONG";
    case "HE_RECENT_GRADUATE":
      return "HE-SMT-LONG";
    case "HE_STAFF":
      return "HE-STT";
    case "VET_LEARNER":
    case "VET_RECENT_GRADUATE":
      return days !== null && days >= FORMATS["LM-LONG-VET"].minDays ? "LM-LONG-VET" : "LM-SHORT-VET";
    case "VET_STAFF":
    case "SCHOOL_STAFF":
    case "ADULT_EDUCATION_STAFF":
      return days !== null && days > 60 ? "SM-TTA" : "SM-JOB-SHDW";
  }
}

/**
 * A format as a client may name it: a portal id, or a BM activity code. "HE-SMT" (and KA103's
 * "HE-SMP-P") stand for both traineeship formats: the length decides which. Null when unknown.
 */
export function resolveFormat(value: string, days: number | null, settings: FormatSettings = DEFAULT_FORMAT_SETTINGS): FormatId | null {
  const code = value.trim().toUpperCase();
  if (isFormatId(code)) return code;
  if (code === "HE-SMT" || code === "HE-SMP-P") {
    return days !== null && days >= 1 && days <= settings.shortTermMaxDays ? "HE-SMT-SHORT" : "HE-SMT-LONG";
  }
  return null;
}

/** Codes a client may send as `format`: the portal ids and the BM codes they stand for. */
export const FORMAT_INPUTS: readonly string[] = [...FORMAT_IDS, "HE-SMT", "HE-SMP-P"];

// §3a: "bachelor/master/short-cycle" students must add a virtual component; doctoral ones may.
// EQF 5 short cycle, 6 bachelor, 7 master, 8 doctoral.
export const DOCTORAL_EQF_LEVEL = 8;

export function virtualComponentRequired(format: FormatId, eqfLevel: number | null | undefined): boolean {
  return FORMATS[format].virtualComponent === "required-below-doctoral" && (eqfLevel ?? 0) < DOCTORAL_EQF_LEVEL;
}
