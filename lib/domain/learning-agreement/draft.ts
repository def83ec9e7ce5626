// The first draft of a Learning Agreement for Traineeships (docs/domain.md §5), written from the
// approved placement and its offer so nobody retypes what the portal already knows. The LA is a
// document signed by three parties, so its text is stored in English, the template's language.
import { type DotActivityId, DOT_ACTIVITY_IDS, type ExcludedActivityId, EXCLUDED_ACTIVITY_IDS, isDotActivityId } from "../activities";
import type { Evidence } from "../classifier";
import { CEFR_LEVEL_CODES, type CefrLevelCode } from "../languages";

/** docs/domain.md §1, the official wording (shortened) of each digital-skills activity. */
export const ACTIVITY_WORDING: Readonly<Record<DotActivityId, string>> = {
  "digital-marketing": "Digital marketing (e.g. social media management, web analytics)",
  "digital-design": "Digital graphical, mechanical or architectural design",
  "software-development": "Development of apps, software, scripts or websites",
  "it-systems": "Installation, maintenance and management of IT systems and networks",
  cybersecurity: "Cybersecurity",
  "data-analytics": "Data analytics, mining and visualisation",
  "robotics-ai": "Programming and training of robots and artificial intelligence applications",
};

/** docs/domain.md §1: excluded work is reported alongside, never as a digital skill. */
export const EXCLUDED_WORDING: Readonly<Record<ExcludedActivityId, string>> = {
  "customer-support": "generic customer support",
  "order-fulfilment": "order fulfilment",
  "data-entry-office": "data entry and office/administrative tasks",
  "office-software": "using office software",
};

/** Phrases quoted per activity: enough to show the evidence, short enough to read. */
export const MAX_PHRASES_PER_ACTIVITY = 3;
/** The schema's default: a full-time week at the host (docs/domain.md §3 "full-time"). */
export const DEFAULT_HOURS_PER_WEEK = 38;
const DEFAULT_LEVEL: CefrLevelCode = "B2";

export interface LearningAgreementDraftInput {
  /** The approved placement's dates, "YYYY-MM-DD". */
  readonly start: string;
  readonly end: string;
  readonly offer: {
    readonly title: string;
    readonly tasks: string;
    /** ISO 639-1 language the offer is written in. */
    readonly language: string;
    /** Languages the offer requires, with the CEFR level. */
    readonly languages: readonly { readonly language: string; readonly level: string }[];
  };
  /** The classifier's result on the tasks (the offer's stored DOT check). */
  readonly classification: { readonly categories: readonly string[]; readonly excluded?: readonly string[]; readonly evidence: readonly Evidence[] };
  /** Activities an officer confirmed without evidence in the wording, and why (the officer's override). */
  readonly confirmed?: { readonly categories: readonly string[]; readonly justification: string | null } | null;
  /** The host's contact, proposed as the mentor until the host names someone else. */
  readonly mentor?: { readonly name: string; readonly email: string } | null;
}

export interface LearningAgreementDraft {
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly title: string;
  readonly hoursPerWeek: number;
  readonly programme: string;
  readonly digitalSkills: string;
  readonly workingLanguage: string;
  readonly workingLanguageLevel: CefrLevelCode;
  readonly mentorName: string;
  readonly mentorEmail: string;
}

const RANK: Readonly<Record<string, number>> = Object.fromEntries(CEFR_LEVEL_CODES.map((code, i) => [code, i]));

function isCefr(value: string): value is CefrLevelCode {
  return value in RANK;
}

/**
 * The working language is the one the offer asks the most of (the highest CEFR level); on a tie
 * the language the offer is written in, then alphabetical. Without requirements: the offer's own
 * language at B2.
 */
export function workingLanguageFor(offer: LearningAgreementDraftInput["offer"]): { language: string; level: CefrLevelCode } {
  const required = offer.languages.filter((l) => isCefr(l.level));
  if (required.length === 0) return { language: offer.language, level: DEFAULT_LEVEL };
  const best = [...required].sort(
    (a, b) =>
      (RANK[b.level] ?? 0) - (RANK[a.level] ?? 0) ||
      Number(b.language === offer.language) - Number(a.language === offer.language) ||
      a.language.localeCompare(b.language),
  )[0]!;
  return { language: best.language, level: best.level as CefrLevelCode };
}

function phrasesFor(id: string, evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const e of evidence) {
    if (e.id !== id || e.kind !== "category") continue;
    const phrase = e.phrase.trim();
    const key = phrase.toLocaleLowerCase();
    if (!phrase || seen.has(key)) continue;
    seen.add(key);
    phrases.push(phrase);
    if (phrases.length === MAX_PHRASES_PER_ACTIVITY) break;
  }
  return phrases;
}

/**
 * The Table A digital-skills item: one line per activity with the words of the tasks that show
 * it (docs/domain.md §1), activities an officer confirmed with the justification, and excluded work
 * named alongside.
 */
export function digitalSkillsItem(classification: LearningAgreementDraftInput["classification"], confirmed?: LearningAgreementDraftInput["confirmed"]): string {
  const found = new Set(classification.categories.filter(isDotActivityId));
  const confirmedIds = new Set((confirmed?.categories ?? []).filter(isDotActivityId));
  const lines: string[] = [];
  for (const id of DOT_ACTIVITY_IDS) {
    if (found.has(id)) {
      const phrases = phrasesFor(id, classification.evidence);
      lines.push(phrases.length ? `${ACTIVITY_WORDING[id]}: ${phrases.map((p) => `"${p}"`).join(", ")}` : ACTIVITY_WORDING[id]);
    } else if (confirmedIds.has(id)) {
      const why = confirmed?.justification?.trim();
      lines.push(`${ACTIVITY_WORDING[id]}: confirmed by the sending institution${why ? ` (${why})` : ""}`);
    }
  }
  const excluded = EXCLUDED_ACTIVITY_IDS.filter((id) => classification.excluded?.includes(id));
  if (excluded.length) lines.push(`Also part of the tasks, not counted as digital skills: ${excluded.map((id) => EXCLUDED_WORDING[id]).join(", ")}`);
  return lines.join("\n");
}

export function draftLearningAgreement(input: LearningAgreementDraftInput): LearningAgreementDraft {
  const language = workingLanguageFor(input.offer);
  return {
    plannedStart: input.start,
    plannedEnd: input.end,
    title: input.offer.title.trim(),
    hoursPerWeek: DEFAULT_HOURS_PER_WEEK,
    programme: input.offer.tasks.trim(),
    digitalSkills: digitalSkillsItem(input.classification, input.confirmed),
    workingLanguage: language.language,
    workingLanguageLevel: language.level,
    mentorName: input.mentor?.name ?? "",
    mentorEmail: input.mentor?.email ?? "",
  };
}
