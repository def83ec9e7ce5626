// Eligibility checks of one DOT placement (docs/domain.md §1–§3), as data the UI can render and
// translate: every check has a stable id, a code and params, plus an English message.
// Why results are data rather than text: docs/decisions/0017.
import {
  ACTION_CALL_YEARS,
  type KeyAction,
  type Sector,
  isEligibleHostCountry,
  isEligibleHostType,
  isEligibleSendingCountry,
  isHostOrganisationType,
  isKeyAction,
  sectorOfAction,
} from "./actions";
import { type DotActivityId, isDotActivityId } from "./activities";
import { type ClassificationResult, classifyActivities, evidenceForDeclared } from "./classifier";
import { KA107_DOT_HOSTS, normalizeCountryCode } from "./countries";
import { addMonthsMinusOneDay, compareDates, formatIsoDate, parseIsoDate } from "./dates";
import { durationRule, monthsForCap } from "./duration";
import {
  FORMATS,
  type FormatId,
  type FormatSettings,
  durationBoundsOf,
  formatSettingsOf,
  inferFormat,
  resolveFormat,
  virtualComponentRequired,
} from "./formats";
import {
  type ParticipantCategory,
  SECTOR_OF_CATEGORY,
  SECTOR_OF_SENDING_TYPE,
  firstCallYearFor,
  isCategoryOpenInCallYear,
  isHigherEducationLearner,
  isParticipantCategory,
  isRecentGraduateCategory,
  isSendingOrganisationType,
} from "./participants";

export const CHECK_IDS = [
  "digital-activity",
  "format",
  "duration",
  "country",
  "participant",
  "recent-graduate",
  "study-cycle-cap",
  "virtual-component",
  "host-organisation",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Checks that block approval. `digital-activity` is advisory: the classifier can miss evidence
 * written in words it does not know, so an officer confirms the activities by reading the tasks.
 */
export const HARD_CHECK_IDS: readonly CheckId[] = CHECK_IDS.filter((id) => id !== "digital-activity");

// docs/domain.md §3: the study-cycle cap, 24 months in one-cycle programmes such as medicine.
export const STUDY_CYCLE_CAP_MONTHS = 12;
export const ONE_CYCLE_CAP_MONTHS = 24;
// docs/domain.md §3: a recent graduate's traineeship ends within 12 months after graduation.
export const RECENT_GRADUATE_WINDOW_MONTHS = 12;

export interface VirtualComponent {
  readonly start: string;
  readonly end: string;
  readonly description: string;
}

/** §3a: a virtual component's description says what the trainee does online; a few words do not. */
export const MIN_VIRTUAL_DESCRIPTION = 20;

export interface PlacementCheckInput {
  readonly action: KeyAction;
  readonly callYear: number;
  /** The mobility format (docs/domain.md §3a); inferred from the category and the dates when absent. */
  readonly format?: FormatId | string | null;
  readonly participant: {
    readonly category: ParticipantCategory | string;
    readonly graduationDate?: string;
    readonly selectedOn?: string;
    readonly previousMonths?: number;
    readonly oneCycleProgramme?: boolean;
    /** EQF 5–8; decides whether a short-term traineeship's virtual component is compulsory. */
    readonly eqfLevel?: number;
  };
  /** The sending organisation's type (§3a); unknown for callers that do not say (HEI assumed). */
  readonly sendingOrganisationType?: string;
  /** §3a: the virtual part of a blended short-term traineeship, when there is one. */
  readonly virtualComponent?: VirtualComponent | null;
  /** The organisation's values for the rules §3a leaves unconfirmed. */
  readonly settings?: Partial<FormatSettings> | null;
  /** When the format is inferred: is the offer a short-term one? (see FormatHints) */
  readonly shortTermOffer?: boolean;
  readonly sendingCountry: string;
  readonly hostCountry: string;
  readonly hostOrganisationType: string;
  readonly start: string;
  readonly end: string;
  readonly activities: { readonly categories: readonly string[]; readonly tasks: string };
}

export type CheckParams = Readonly<Record<string, string | number>>;

export interface DigitalActivityDetails {
  readonly found: readonly DotActivityId[];
  readonly declared: readonly { readonly id: DotActivityId; readonly hasEvidence: boolean }[];
  /** Declared categories the tasks show no evidence for: "declared, no evidence found". */
  readonly declaredWithoutEvidence: readonly DotActivityId[];
  /** Declared values that are not activity ids at all. */
  readonly unknownDeclared: readonly string[];
}

export interface CheckResult {
  readonly id: CheckId;
  readonly ok: boolean;
  /** Stable reason code; with `params`, what the UI translates. */
  readonly code: string;
  readonly params: CheckParams;
  /** The English rendering of code + params. */
  readonly message: string;
  readonly details?: DigitalActivityDetails;
}

export interface PlacementCheckResult {
  /** Every check passes, digital-activity included (approval is refused when a rule fails). */
  readonly approvable: boolean;
  /**
   * Every hard check passes (HARD_CHECK_IDS). When this is true but `approvable` is false, only
   * `digital-activity` failed: an officer may confirm categories with a justification.
   */
  readonly hardChecksPass: boolean;
  /** Inclusive day count; 0 when the dates are invalid. */
  readonly durationDays: number;
  /** The format the checks applied: the one given, or the one inferred (null when unknown). */
  readonly format: FormatId | null;
  readonly checks: readonly CheckResult[];
  readonly classification: ClassificationResult;
}

const check = (id: CheckId, ok: boolean, code: string, message: string, params: CheckParams = {}): CheckResult => ({
  id,
  ok,
  code,
  params,
  message,
});

/** What the checks work from once the format is settled. */
interface Context {
  readonly input: PlacementCheckInput;
  readonly settings: FormatSettings;
  /** Null when the input names a format the portal does not know. */
  readonly format: FormatId | null;
  readonly days: number | null;
}

/** The format given (resolved from a BM code) or inferred from the category and the length. */
export function formatOfPlacement(input: PlacementCheckInput, days: number | null, settings: FormatSettings): FormatId | null {
  if (input.format !== undefined && input.format !== null && input.format !== "") return resolveFormat(String(input.format), days, settings);
  const category = input.participant.category;
  return isParticipantCategory(category) ? inferFormat(category, days, settings, { shortTermOffer: input.shortTermOffer }) : null;
}

export function checkPlacement(input: PlacementCheckInput): PlacementCheckResult {
  const classification = classifyActivities(input.activities.tasks);
  const settings = formatSettingsOf(input.settings);
  const dates = durationRule(input.start, input.end);
  const days = dates.days > 0 ? dates.days : null;
  const ctx: Context = { input, settings, format: formatOfPlacement(input, days, settings), days };
  const checks: CheckResult[] = [
    digitalActivityCheck(input, classification),
    formatCheck(ctx),
    durationCheck(ctx),
    countryCheck(ctx),
    participantCheck(input),
    recentGraduateCheck(ctx),
    studyCycleCapCheck(ctx),
    virtualComponentCheck(ctx),
    hostOrganisationCheck(input),
  ];
  const hardChecksPass = checks.every((c) => c.ok || !HARD_CHECK_IDS.includes(c.id));
  const approvable = checks.every((c) => c.ok);
  return { approvable, hardChecksPass, durationDays: dates.days, format: ctx.format, checks, classification };
}

// docs/domain.md §3a: the format must be one the portal knows, open to the participant's category and
// run under the placement's action.
function formatCheck({ input, format }: Context): CheckResult {
  if (format === null) {
    return check("format", false, "unknown-format", `"${String(input.format ?? "")}" is not a mobility format.`, { format: String(input.format ?? "") });
  }
  const rule = FORMATS[format];
  const { category } = input.participant;
  const params = { format, activityCode: rule.activityCode, action: String(input.action), category: String(category) };
  if (isParticipantCategory(category) && !rule.categories.includes(category)) {
    return check("format", false, "category-not-in-format", `${format} is for ${rule.categories.join(", ")}, not for ${category}.`, {
      ...params,
      categories: rule.categories.join(","),
    });
  }
  if (isKeyAction(input.action) && !rule.actions.includes(input.action)) {
    return check("format", false, "action-not-in-format", `${format} runs under ${rule.actions.join(", ")}, not under ${input.action}.`, {
      ...params,
      actions: rule.actions.join(","),
    });
  }
  return check("format", true, "ok", `${format} (activity type ${rule.activityCode}) under ${String(input.action)}.`, params);
}

// docs/domain.md §1: at least one listed activity must really be practised.
function digitalActivityCheck(input: PlacementCheckInput, classification: ClassificationResult): CheckResult {
  const declaredIds = input.activities.categories.filter(isDotActivityId);
  const unknownDeclared = input.activities.categories.filter((c) => !isDotActivityId(c));
  const declared = evidenceForDeclared(declaredIds, classification);
  const details: DigitalActivityDetails = {
    found: classification.categories,
    declared,
    declaredWithoutEvidence: declared.filter((d) => !d.hasEvidence).map((d) => d.id),
    unknownDeclared,
  };
  const base = classification.qualifies
    ? check("digital-activity", true, "evidence-found", `The tasks show evidence of: ${classification.categories.join(", ")}.`, {
        found: classification.categories.join(","),
      })
    : check("digital-activity", false, "no-evidence", "The tasks show no evidence of any digital-skills activity; an officer should read them.");
  return { ...base, details };
}

// docs/domain.md §3 (long-term HE traineeships) and §3a (every other format): the format's bounds.
function durationCheck({ input, format, settings }: Context): CheckResult {
  const bounds = durationBoundsOf(format ?? "HE-SMT-LONG", settings);
  const maxMonths = "months" in bounds.max ? bounds.max.months : 0;
  const maxDays = "days" in bounds.max ? bounds.max.days : 0;
  const duration = durationRule(input.start, input.end, { minDays: bounds.minDays, maxMonths: maxMonths || 1200 });
  const params = {
    start: input.start,
    end: input.end,
    days: duration.days,
    latestEnd: duration.latestEnd ?? "",
    format: format ?? "",
    minDays: bounds.minDays,
    maxDays,
    maxMonths,
  };
  const limits = maxMonths ? `${bounds.minDays} days and ${maxMonths} months` : `${bounds.minDays} and ${maxDays} days`;
  switch (duration.problem) {
    case null:
      if (maxDays && duration.days > maxDays) {
        return check("duration", false, "too-long-days", `The placement lasts ${duration.days} days; at most ${maxDays} are allowed.`, params);
      }
      return check("duration", true, "ok", `The placement lasts ${duration.days} days, within ${limits}.`, params);
    case "invalid-start":
      return check("duration", false, "invalid-start", `The start date "${input.start}" is not a valid date (YYYY-MM-DD).`, params);
    case "invalid-end":
      return check("duration", false, "invalid-end", `The end date "${input.end}" is not a valid date (YYYY-MM-DD).`, params);
    case "end-before-start":
      return check("duration", false, "end-before-start", "The end date is before the start date.", params);
    case "too-short":
      return check("duration", false, "too-short", `The placement lasts ${duration.days} days; at least ${bounds.minDays} are required.`, params);
    case "too-long": // docs/domain.md §3: end ≤ start + 12 months − 1 day
      return check(
        "duration",
        false,
        "too-long",
        `The placement ends after ${duration.latestEnd}, the last day of ${maxMonths} months from the start.`,
        params,
      );
  }
}

// docs/domain.md §2, §3a: the action must run in the call year, and the countries must fit the action.
function countryCheck({ input, settings }: Context): CheckResult {
  const { action, callYear } = input;
  if (!isKeyAction(action)) {
    return check("country", false, "unknown-action", `"${String(action)}" is not a key action.`, { action: String(action) });
  }
  const range = ACTION_CALL_YEARS[action];
  if (!Number.isInteger(callYear) || callYear < range.first || callYear > range.last) {
    return check("country", false, "action-not-in-call-year", `${action} ran in calls ${range.first}–${range.last}, not in call ${callYear}.`, {
      action,
      callYear,
      first: range.first,
      last: range.last,
    });
  }
  const sending = normalizeCountryCode(input.sendingCountry);
  const host = normalizeCountryCode(input.hostCountry);
  if (sending === null) {
    return check("country", false, "unknown-sending-country", `"${input.sendingCountry}" is not an ISO 3166-1 country code.`, {
      country: input.sendingCountry,
    });
  }
  if (host === null) {
    return check("country", false, "unknown-host-country", `"${input.hostCountry}" is not an ISO 3166-1 country code.`, { country: input.hostCountry });
  }
  const params = { action, callYear, sending, host };
  if (!isEligibleSendingCountry(action, sending, callYear)) {
    const what = action === "KA103" || action === "KA107" ? "a Programme Country" : "an EU Member State or associated third country";
    return check("country", false, "sending-not-eligible", `${sending} was not ${what} in call ${callYear}, so it cannot send under ${action}.`, params);
  }
  if (sending === host && action !== "KA107") {
    return check("country", false, "same-country", `The host country must differ from the sending country (${sending}).`, params);
  }
  if (!isEligibleHostCountry(action, sending, host, callYear, { vetOutsideAssociated: settings.vetOutsideAssociated })) {
    const rule =
      action === "KA103"
        ? `a Programme Country of call ${callYear}`
        : action === "KA107"
          ? `a Horizon 2020 associated country that is not a Programme Country (${[...KA107_DOT_HOSTS].join(" ")})`
          : "an EU Member State or associated third country";
    return check("country", false, "host-not-eligible", `Under ${action} the host country must be ${rule}; ${host} is not.`, params);
  }
  return check("country", true, "ok", `${sending} may send to ${host} under ${action} in call ${callYear}.`, params);
}

const SECTOR_TEXT: Readonly<Record<Sector, string>> = {
  HE: "a higher-education action",
  VET: "a vocational education and training action",
  SCH: "a school-education action",
  ADU: "an adult-education action",
};

// docs/domain.md §1 scope over time, §3: KA103/KA107 are for HE students and recent graduates only;
// recent graduates are not possible in KA107.
function participantCheck(input: PlacementCheckInput): CheckResult {
  const { category } = input.participant;
  if (!isParticipantCategory(category)) {
    return check("participant", false, "unknown-category", `"${category}" is not a participant category.`, { category });
  }
  const params = { category, callYear: input.callYear, action: input.action };
  if (!isCategoryOpenInCallYear(category, input.callYear)) {
    const first = firstCallYearFor(category);
    return check(
      "participant",
      false,
      "category-not-open",
      `${category} could take part in DOT traineeships from call ${first}, not in call ${input.callYear}.`,
      { ...params, first },
    );
  }
  if ((input.action === "KA103" || input.action === "KA107") && !isHigherEducationLearner(category)) {
    return check(
      "participant",
      false,
      "category-not-in-action",
      `${input.action} is for higher-education students and recent graduates only, not ${category}.`,
      params,
    );
  }
  // §3a: KA131 admits only higher-education participants; each KA121/KA122 only its sector's.
  const sector = SECTOR_OF_CATEGORY[category];
  if (isKeyAction(input.action) && sectorOfAction(input.action) !== sector) {
    return check("participant", false, "category-not-in-sector", `${input.action} is ${SECTOR_TEXT[sectorOfAction(input.action)]}; ${category} is not.`, {
      ...params,
      sector: sectorOfAction(input.action),
    });
  }
  const sendingType = input.sendingOrganisationType;
  if (sendingType !== undefined && isSendingOrganisationType(sendingType) && SECTOR_OF_SENDING_TYPE[sendingType] !== sector) {
    return check("participant", false, "not-sent-by-this-organisation", `A ${sendingType} organisation does not send ${category} participants.`, {
      ...params,
      sendingType,
    });
  }
  if (input.action === "KA107" && isRecentGraduateCategory(category)) {
    return check("participant", false, "recent-graduate-not-in-ka107", "Recent graduates cannot take part in KA107.", params);
  }
  return check("participant", true, "ok", `${category} may take part under ${input.action} in call ${input.callYear}.`, params);
}

// docs/domain.md §3: selected on or before graduation; the traineeship ends within 12 months after
// graduation. Convention: the 12 months count from the graduation date itself, so the last
// allowed end date is graduation + 12 months − 1 day (graduation 2024-06-30 → 2025-06-29).
// §3a: a VET recent graduate's mobility ends (or, by setting, starts) within those 12 months; no
// selection rule. Other formats have no recent-graduate rule.
function recentGraduateCheck({ input, format, settings }: Context): CheckResult {
  const { category, graduationDate, selectedOn } = input.participant;
  if (!isParticipantCategory(category) || !isRecentGraduateCategory(category)) {
    return check("recent-graduate", true, "not-applicable", "Does not apply: the participant is not a recent graduate.");
  }
  if (input.action === "KA107") {
    return check("recent-graduate", true, "not-applicable-ka107", "Does not apply: KA107 has no recent-graduate traineeships (see the participant check).");
  }
  const rule = format ? FORMATS[format].recentGraduateRule : null;
  if (rule === null) {
    return check("recent-graduate", true, "not-applicable-format", "Does not apply to this format (see the format check).", { format: format ?? "" });
  }
  if (!graduationDate) return check("recent-graduate", false, "missing-graduation-date", "The graduation date is missing.");
  const graduation = parseIsoDate(graduationDate);
  if (!graduation)
    return check("recent-graduate", false, "invalid-graduation-date", `The graduation date "${graduationDate}" is not a valid date.`, { graduationDate });
  const latest = addMonthsMinusOneDay(graduation, RECENT_GRADUATE_WINDOW_MONTHS);
  const latestEnd = formatIsoDate(latest);
  if (rule === "vet") return vetRecentGraduateCheck(input, graduationDate, latestEnd, settings);
  if (!selectedOn) return check("recent-graduate", false, "missing-selection-date", "The selection date is missing.");
  const selection = parseIsoDate(selectedOn);
  if (!selection) return check("recent-graduate", false, "invalid-selection-date", `The selection date "${selectedOn}" is not a valid date.`, { selectedOn });
  const params = { graduationDate, selectedOn, latestEnd, end: input.end };
  if (compareDates(selection, graduation) > 0) {
    return check(
      "recent-graduate",
      false,
      "selected-after-graduation",
      `The participant was selected on ${selectedOn}, after graduating on ${graduationDate}; selection must happen during the last year of study.`,
      params,
    );
  }
  const end = parseIsoDate(input.end);
  if (!end) return check("recent-graduate", false, "invalid-end", "Cannot check: the end date is not a valid date.", params);
  if (compareDates(end, latest) > 0) {
    return check(
      "recent-graduate",
      false,
      "ends-too-late",
      `The traineeship must end by ${latestEnd}, within 12 months of graduation on ${graduationDate}.`,
      params,
    );
  }
  return check("recent-graduate", true, "ok", `Selected before graduation and ending by ${latestEnd}, within 12 months of graduation.`, params);
}

// §3a, unconfirmed whether the mobility must start or end within the 12 months: a setting.
function vetRecentGraduateCheck(input: PlacementCheckInput, graduationDate: string, latestEnd: string, settings: FormatSettings): CheckResult {
  const anchor = settings.vetGraduateWindow;
  const date = parseIsoDate(anchor === "start" ? input.start : input.end);
  const params = { graduationDate, latestEnd, anchor, start: input.start, end: input.end };
  if (!date) return check("recent-graduate", false, "invalid-end", "Cannot check: the placement dates are not valid.", params);
  const latest = parseIsoDate(latestEnd)!;
  if (compareDates(date, latest) > 0) {
    return check(
      "recent-graduate",
      false,
      "vet-outside-window",
      `The mobility must ${anchor} by ${latestEnd}, within 12 months of graduation on ${graduationDate}.`,
      params,
    );
  }
  return check("recent-graduate", true, "vet-ok", `The mobility ${anchor}s by ${latestEnd}, within 12 months of graduation.`, params);
}

// docs/domain.md §3: at most 12 months per study cycle (24 in one-cycle programmes), previous
// mobility included; §3a: long-term HE traineeships only. Months of this placement: see
// monthsForCap (calendar months + days / 30).
function studyCycleCapCheck({ input, format }: Context): CheckResult {
  const { category, previousMonths, oneCycleProgramme } = input.participant;
  if (!isParticipantCategory(category) || !isHigherEducationLearner(category)) {
    return check("study-cycle-cap", true, "not-applicable", "Does not apply: the study-cycle cap concerns higher-education students and recent graduates.");
  }
  if (format !== null && !FORMATS[format].studyCycleCap) {
    return check("study-cycle-cap", true, "not-applicable-format", "Does not apply to this format: the cap concerns long-term traineeships.", { format });
  }
  const previous = previousMonths ?? 0;
  if (!Number.isFinite(previous) || previous < 0) {
    return check("study-cycle-cap", false, "invalid-previous-months", "Previous months of mobility must be a number of 0 or more.", {
      previousMonths: String(previousMonths),
    });
  }
  const start = parseIsoDate(input.start);
  const end = parseIsoDate(input.end);
  if (!start || !end || compareDates(end, start) < 0) {
    return check("study-cycle-cap", false, "invalid-dates", "Cannot check: the placement dates are not valid.");
  }
  const cap = oneCycleProgramme ? ONE_CYCLE_CAP_MONTHS : STUDY_CYCLE_CAP_MONTHS;
  const span = monthsForCap(start, end);
  const total = previous + span.months;
  const round = (n: number) => Math.round(n * 100) / 100;
  const params = { previousMonths: round(previous), placementMonths: round(span.months), totalMonths: round(total), cap };
  // Compare in thirtieths of a month so 9 + 3 is exactly 12 (no floating-point surprise).
  const within = Math.round(previous * 30) + span.wholeMonths * 30 + span.extraDays <= cap * 30;
  const text = `${params.previousMonths} previous month(s) + ${params.placementMonths} month(s) of this placement = ${params.totalMonths} of at most ${cap}`;
  return within
    ? check("study-cycle-cap", true, "ok", `${text}.`, params)
    : check("study-cycle-cap", false, "cap-exceeded", `${text}: the study-cycle cap is exceeded.`, params);
}

// §3a: a short-term HE traineeship is blended; the virtual component is compulsory for
// bachelor, master and short-cycle students (EQF 5–7) and optional for doctoral candidates.
function virtualComponentCheck({ input, format }: Context): CheckResult {
  if (format === null || FORMATS[format].virtualComponent === null) {
    return check("virtual-component", true, "not-applicable", "Does not apply: only short-term traineeships are blended.");
  }
  const component = input.virtualComponent ?? null;
  const required = virtualComponentRequired(format, input.participant.eqfLevel);
  const eqfLevel = input.participant.eqfLevel ?? 0;
  if (component === null) {
    return required
      ? check(
          "virtual-component",
          false,
          "missing",
          "A short-term traineeship of a bachelor, master or short-cycle student needs a virtual component: give its dates and what the trainee does.",
          { eqfLevel },
        )
      : check("virtual-component", true, "optional-none", "No virtual component: it is optional for doctoral candidates.", { eqfLevel });
  }
  const start = parseIsoDate(component.start);
  const end = parseIsoDate(component.end);
  const params = { start: component.start, end: component.end, eqfLevel };
  if (!start || !end || compareDates(end, start) < 0) {
    return check("virtual-component", false, "invalid-dates", "The virtual component's dates are not a valid period.", params);
  }
  if (component.description.trim().length < MIN_VIRTUAL_DESCRIPTION) {
    return check("virtual-component", false, "missing-description", `Describe the virtual component in at least ${MIN_VIRTUAL_DESCRIPTION} characters.`, {
      ...params,
      min: MIN_VIRTUAL_DESCRIPTION,
    });
  }
  return check("virtual-component", true, "ok", `Virtual component from ${component.start} to ${component.end}.`, params);
}

// docs/domain.md §3: EU institutions/bodies and organisations managing EU programmes may not host.
function hostOrganisationCheck(input: PlacementCheckInput): CheckResult {
  const type = input.hostOrganisationType;
  if (!isHostOrganisationType(type)) {
    return check("host-organisation", false, "unknown-type", `"${type}" is not a host organisation type.`, { type });
  }
  if (!isEligibleHostType(type)) {
    const why = type === "EU_INSTITUTION" ? "EU institutions, bodies and agencies" : "organisations that manage EU programmes, such as National Agencies";
    return check("host-organisation", false, "type-not-eligible", `${why} cannot host Erasmus+ trainees.`, { type });
  }
  return check("host-organisation", true, "ok", "The host organisation type is eligible.", { type });
}
