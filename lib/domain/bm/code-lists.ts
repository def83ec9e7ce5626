// The Beneficiary Module (BM) code lists a DOT mobility record is exported against.
// Data, one list per field, each with where it comes from (BM_CODE_LIST_SOURCES); how each list
// was established, and what could not be checked, is in docs/decisions/0016-beneficiary-module-export.md.
import { type KeyAction, KEY_ACTIONS, sectorOfAction } from "../actions";
import { ISO_COUNTRY_CODES } from "../countries";
import { EQF_LEVELS } from "../eqf";
import { ISCED_DETAILED_FIELDS } from "../isced";
import { ISO_LANGUAGE_CODES } from "../languages";

export type BmCodeList = "activityType" | "country" | "fieldOfEducation" | "eqfLevel" | "language" | "digitalSkills";

/** Where each list comes from, as data (shown in the XLSX "About" sheet and decision 0016). */
export const BM_CODE_LIST_SOURCES: Readonly<Record<BmCodeList, string>> = {
  activityType: 'docs/domain.md §3a (lib/domain/formats.ts); KA131 codes as in the BM user guide page "Activity types in KA131 projects"',
  country: "ISO 3166-1 alpha-2 with the EU spellings EL (Greece) and UK (United Kingdom), docs/domain.md §2",
  fieldOfEducation: "ISCED-F 2013 detailed fields (UNESCO), lib/domain/isced.ts",
  eqfLevel: "EQF levels 1–8; higher-education actions 5–8 (docs/domain.md §5, lib/domain/eqf.ts)",
  language: "ISO 639-1 two-letter codes, lower case (lib/domain/languages.ts)",
  digitalSkills: "KA103/KA107: Yes/No; 2021–2027 actions: a level. The official BM level list was not found: portal levels, see decision 0016",
};

/**
 * BM activity types a DOT record may carry, per action: the §3a format codes (KA103 wrote
 * HE-SMP-P). The other BM codes of these actions (studies HE-SMS, teaching HE-STA, blended
 * intensive programmes HE-BIP …) are no DOT formats, so a DOT export refuses them.
 */
const VET_TYPES = ["LM-SHORT-VET", "LM-LONG-VET", "SM-JOB-SHDW", "SM-COUR-TRAIN", "SM-TTA"] as const;
const STAFF_TYPES = ["SM-JOB-SHDW", "SM-COUR-TRAIN", "SM-TTA"] as const;
export const BM_ACTIVITY_TYPES: Readonly<Record<KeyAction, readonly string[]>> = {
  KA103: ["HE-SMP-P"],
  KA107: ["HE-SMT"],
  KA131: ["HE-SMT", "HE-STT"],
  "KA121-VET": VET_TYPES,
  "KA122-VET": VET_TYPES,
  "KA121-SCH": STAFF_TYPES,
  "KA122-SCH": STAFF_TYPES,
  "KA121-ADU": STAFF_TYPES,
  "KA122-ADU": STAFF_TYPES,
};

/** docs/domain.md §2: EU documents, and the BM, write EL for Greece and UK for the United Kingdom. */
const BM_SPELLING: Readonly<Record<string, string>> = { GR: "EL", GB: "UK" };

/** The BM's country codes: ISO 3166-1 alpha-2 with EL and UK in place of GR and GB. */
export const BM_COUNTRIES: readonly string[] = ISO_COUNTRY_CODES.map((c) => BM_SPELLING[c] ?? c);

export const BM_FIELDS_OF_EDUCATION: readonly string[] = ISCED_DETAILED_FIELDS;

/** Higher education (KA103, KA107, KA131) reports EQF 5–8; the other sectors any level. */
export const BM_EQF_LEVELS: Readonly<Record<"HE" | "OTHER", readonly number[]>> = {
  HE: EQF_LEVELS.filter((l) => l >= 5),
  OTHER: EQF_LEVELS,
};

export const BM_LANGUAGES: readonly string[] = ISO_LANGUAGE_CODES;

/** KA103/KA107 (Mobility Tool+ era): the digital-skills field is a yes/no flag. */
export const BM_YES_NO = ["Yes", "No"] as const;

/**
 * 2021–2027 actions: a level. Portal levels (decision 0016): a DOT (one of the seven activities
 * of docs/domain.md §1 practised) is ADVANCED; NONE when the record is not flagged; BASIC is listed
 * for completeness, no DOT record is BASIC.
 */
export const BM_DIGITAL_SKILLS_LEVELS = ["NONE", "BASIC", "ADVANCED"] as const;

/** Actions whose digital-skills field is yes/no (the rest report a level). */
export const YES_NO_DIGITAL_SKILLS_ACTIONS: readonly KeyAction[] = ["KA103", "KA107"];

const countries: ReadonlySet<string> = new Set(BM_COUNTRIES);
const fields: ReadonlySet<string> = new Set(BM_FIELDS_OF_EDUCATION);
const languages: ReadonlySet<string> = new Set(BM_LANGUAGES);
const isAction = (a: string): a is KeyAction => (KEY_ACTIONS as readonly string[]).includes(a);

/** The BM spelling of a stored ISO code (GR → EL, GB → UK); other codes as given. */
export function bmCountryCode(iso: string): string {
  return BM_SPELLING[iso] ?? iso;
}

export function isBmCountry(code: string): boolean {
  return countries.has(code);
}

export function isBmActivityType(action: string, code: string): boolean {
  return isAction(action) && BM_ACTIVITY_TYPES[action].includes(code);
}

export function isBmFieldOfEducation(code: string): boolean {
  return fields.has(code);
}

export function isBmEqfLevel(action: string, level: number): boolean {
  const sector = isAction(action) && sectorOfAction(action) === "HE" ? "HE" : "OTHER";
  return BM_EQF_LEVELS[sector].includes(level);
}

export function isBmLanguage(code: string): boolean {
  return languages.has(code);
}

/** The digital-skills value of a record: Yes/No for KA103/KA107, a level for the others. */
export function bmDigitalSkills(action: string, digitalSkills: boolean): string {
  if (isAction(action) && YES_NO_DIGITAL_SKILLS_ACTIONS.includes(action)) return digitalSkills ? "Yes" : "No";
  return digitalSkills ? "ADVANCED" : "NONE";
}

export function isBmDigitalSkills(action: string, value: string): boolean {
  const list: readonly string[] = isAction(action) && YES_NO_DIGITAL_SKILLS_ACTIONS.includes(action) ? BM_YES_NO : BM_DIGITAL_SKILLS_LEVELS;
  return list.includes(value);
}
