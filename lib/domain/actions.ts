import {
  KA107_DOT_HOSTS,
  MEMBER_AND_ASSOCIATED_2021_2027,
  isProgrammeCountry,
  normalizeCountryCode,
} from "./countries";

// domain.md §2: the key actions a DOT placement can fall under.
export const KEY_ACTIONS = ["KA103", "KA107", "KA131"] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

export function isKeyAction(value: unknown): value is KeyAction {
  return typeof value === "string" && (KEY_ACTIONS as readonly string[]).includes(value);
}

export interface CallYearRange {
  readonly first: number;
  readonly last: number;
}

// domain.md §2: KA103 calls 2014–2020, KA107 calls 2015–2020, KA131 calls 2021–2027.
export const ACTION_CALL_YEARS: Readonly<Record<KeyAction, CallYearRange>> = {
  KA103: { first: 2014, last: 2020 },
  KA107: { first: 2015, last: 2020 },
  KA131: { first: 2021, last: 2027 },
};

export function isCallYearOfAction(action: KeyAction, callYear: number): boolean {
  const range = ACTION_CALL_YEARS[action];
  return Number.isInteger(callYear) && callYear >= range.first && callYear <= range.last;
}

/** domain.md §2: may an institution in this country send under this action and call year? */
export function isEligibleSendingCountry(action: KeyAction, country: string, callYear: number): boolean {
  const code = normalizeCountryCode(country);
  if (code === null || !isCallYearOfAction(action, callYear)) return false;
  if (action === "KA131") return MEMBER_AND_ASSOCIATED_2021_2027.has(code);
  return isProgrammeCountry(code, callYear); // KA103 and KA107
}

/** domain.md §2: may an organisation in this country host a trainee from sendingCountry? */
export function isEligibleHostCountry(
  action: KeyAction,
  sendingCountry: string,
  hostCountry: string,
  callYear: number,
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
  }
}

/**
 * The action a placement falls under (domain.md §2), or null when no action fits: KA131 for calls
 * 2021–2027, KA103 for 2014–2020 between Programme Countries, KA107 for 2015–2020 towards a KA107
 * DOT host. The sending country must be eligible too.
 */
export function chooseAction(sendingCountry: string, hostCountry: string, callYear: number): KeyAction | null {
  for (const action of KEY_ACTIONS) {
    if (
      isEligibleSendingCountry(action, sendingCountry, callYear) &&
      isEligibleHostCountry(action, sendingCountry, hostCountry, callYear)
    ) {
      return action;
    }
  }
  return null;
}

export const HOST_ORGANISATION_TYPES = [
  "COMPANY",
  "NGO",
  "PUBLIC_BODY",
  "RESEARCH",
  "HEI",
  "EU_INSTITUTION",
  "NATIONAL_AGENCY",
] as const;
export type HostOrganisationType = (typeof HOST_ORGANISATION_TYPES)[number];

export function isHostOrganisationType(value: unknown): value is HostOrganisationType {
  return typeof value === "string" && (HOST_ORGANISATION_TYPES as readonly string[]).includes(value);
}

// domain.md §3: EU institutions/bodies/agencies and organisations managing EU programmes
// (such as National Agencies) may not host.
const INELIGIBLE_HOST_TYPES: ReadonlySet<HostOrganisationType> = new Set(["EU_INSTITUTION", "NATIONAL_AGENCY"]);

export function isEligibleHostType(type: HostOrganisationType): boolean {
  return !INELIGIBLE_HOST_TYPES.has(type);
}
