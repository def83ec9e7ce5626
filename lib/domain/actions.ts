import { KA107_DOT_HOSTS, MEMBER_AND_ASSOCIATED_2021_2027, isProgrammeCountry, normalizeCountryCode } from "./countries";

// docs/domain.md §2 and §3a: the key actions a DOT mobility can fall under. KA103/KA107/KA131 are
// higher education; KA121 (accredited) and KA122 (short-term projects) exist per sector: VET,
// school education (SCH) and adult education (ADU).
export const KEY_ACTIONS = ["KA103", "KA107", "KA131", "KA121-VET", "KA122-VET", "KA121-SCH", "KA122-SCH", "KA121-ADU", "KA122-ADU"] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

/** The education sector an action belongs to (docs/domain.md §3a). */
export type Sector = "HE" | "VET" | "SCH" | "ADU";
export const SECTORS: readonly Sector[] = ["HE", "VET", "SCH", "ADU"];

export const HIGHER_EDUCATION_ACTIONS = ["KA103", "KA107", "KA131"] as const satisfies readonly KeyAction[];

export function sectorOfAction(action: KeyAction): Sector {
  if (action === "KA103" || action === "KA107" || action === "KA131") return "HE";
  return action.slice(-3) as Sector;
}

/** The actions of a sector, in the order a new mobility prefers them (docs/domain.md §3a). */
export function actionsOfSector(sector: Sector): readonly KeyAction[] {
  if (sector === "HE") return HIGHER_EDUCATION_ACTIONS;
  return [`KA121-${sector}`, `KA122-${sector}`] as KeyAction[];
}

export function isKeyAction(value: unknown): value is KeyAction {
  return typeof value === "string" && (KEY_ACTIONS as readonly string[]).includes(value);
}

export interface CallYearRange {
  readonly first: number;
  readonly last: number;
}

// docs/domain.md §2: KA103 calls 2014–2020, KA107 calls 2015–2020, KA131 calls 2021–2027; §3a: the
// KA121/KA122 projects belong to the 2021–2027 programme too.
const PROGRAMME_2021_2027: CallYearRange = { first: 2021, last: 2027 };
export const ACTION_CALL_YEARS: Readonly<Record<KeyAction, CallYearRange>> = {
  KA103: { first: 2014, last: 2020 },
  KA107: { first: 2015, last: 2020 },
  KA131: PROGRAMME_2021_2027,
  "KA121-VET": PROGRAMME_2021_2027,
  "KA122-VET": PROGRAMME_2021_2027,
  "KA121-SCH": PROGRAMME_2021_2027,
  "KA122-SCH": PROGRAMME_2021_2027,
  "KA121-ADU": PROGRAMME_2021_2027,
  "KA122-ADU": PROGRAMME_2021_2027,
};

export function isCallYearOfAction(action: KeyAction, callYear: number): boolean {
  const range = ACTION_CALL_YEARS[action];
  return Number.isInteger(callYear) && callYear >= range.first && callYear <= range.last;
}

/** docs/domain.md §2: may an institution in this country send under this action and call year? */
export function isEligibleSendingCountry(action: KeyAction, country: string, callYear: number): boolean {
  const code = normalizeCountryCode(country);
  if (code === null || !isCallYearOfAction(action, callYear)) return false;
  if (action === "KA103" || action === "KA107") return isProgrammeCountry(code, callYear);
  return MEMBER_AND_ASSOCIATED_2021_2027.has(code); // KA131 and, §3a, KA121/KA122
}

/** Rules §3a leaves unconfirmed that change where a host may be; settings, not constants. */
export interface HostCountryOptions {
  /** May VET mobilities go to third countries not associated to the programme? Default no. */
  readonly vetOutsideAssociated?: boolean;
}

/** docs/domain.md §2: may an organisation in this country host a trainee from sendingCountry? */
export function isEligibleHostCountry(
  action: KeyAction,
  sendingCountry: string,
  hostCountry: string,
  callYear: number,
  options: HostCountryOptions = {},
): boolean {
  const sending = normalizeCountryCode(sendingCountry);
  const host = normalizeCountryCode(hostCountry);
  if (sending === null || host === null || !isCallYearOfAction(action, callYear)) return false;
  switch (action) {
    case "KA103": // a Programme Country of that call year other than the sending country
      return isProgrammeCountry(host, callYear) && host !== sending;
    case "KA107": // an H2020 associated country that is not a Programme Country
      return KA107_DOT_HOSTS.has(host);
    case "KA131": // a Member State or associated third country other than the sending country
      return MEMBER_AND_ASSOCIATED_2021_2027.has(host) && host !== sending;
    case "KA121-VET":
    case "KA122-VET": // §3a: as KA131, unless the office allows the (unconfirmed) wider scope
      return (options.vetOutsideAssociated === true || MEMBER_AND_ASSOCIATED_2021_2027.has(host)) && host !== sending;
    default: // §3a: KA121/KA122 for school and adult education, as KA131
      return MEMBER_AND_ASSOCIATED_2021_2027.has(host) && host !== sending;
  }
}

/**
 * The action a mobility falls under (docs/domain.md §2, §3a), or null when no action fits. Higher
 * education: KA131 for calls 2021–2027, KA103 for 2014–2020 between Programme Countries, KA107 for
 * 2015–2020 towards a KA107 DOT host. Other sectors: their KA121 (accredited) action first, then
 * KA122. The sending country must be eligible too.
 */
export function chooseAction(
  sendingCountry: string,
  hostCountry: string,
  callYear: number,
  sector: Sector = "HE",
  options: HostCountryOptions = {},
): KeyAction | null {
  for (const action of actionsOfSector(sector)) {
    if (isEligibleSendingCountry(action, sendingCountry, callYear) && isEligibleHostCountry(action, sendingCountry, hostCountry, callYear, options)) {
      return action;
    }
  }
  return null;
}

export const HOST_ORGANISATION_TYPES = ["COMPANY", "NGO", "PUBLIC_BODY", "RESEARCH", "HEI", "EU_INSTITUTION", "NATIONAL_AGENCY"] as const;
export type HostOrganisationType = (typeof HOST_ORGANISATION_TYPES)[number];

export function isHostOrganisationType(value: unknown): value is HostOrganisationType {
  return typeof value === "string" && (HOST_ORGANISATION_TYPES as readonly string[]).includes(value);
}

// docs/domain.md §3: EU institutions/bodies/agencies and organisations managing EU programmes
// (such as National Agencies) may not host.
const INELIGIBLE_HOST_TYPES: ReadonlySet<HostOrganisationType> = new Set(["EU_INSTITUTION", "NATIONAL_AGENCY"]);

export function isEligibleHostType(type: HostOrganisationType): boolean {
  return !INELIGIBLE_HOST_TYPES.has(type);
}

/** A stored action read back (the column is text): a value outside KEY_ACTIONS is corrupt data. */
export function asKeyAction(value: string): KeyAction {
  if (!isKeyAction(value)) throw new Error(`"${value}" is not a key action`);
  return value;
}
