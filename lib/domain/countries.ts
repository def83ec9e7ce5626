// docs/domain.md §2: country codes are ISO 3166-1 alpha-2; these sets decide which countries may send
// and host under each action, and §4 which grant group a host country belongs to.

/** All officially assigned ISO 3166-1 alpha-2 codes (249). "Unknown country" = not in this list. */
export const ISO_COUNTRY_CODES = [
  "AD",
  "AE",
  "AF",
  "AG",
  "AI",
  "AL",
  "AM",
  "AO",
  "AQ",
  "AR",
  "AS",
  "AT",
  "AU",
  "AW",
  "AX",
  "AZ",
  "BA",
  "BB",
  "BD",
  "BE",
  "BF",
  "BG",
  "BH",
  "BI",
  "BJ",
  "BL",
  "BM",
  "BN",
  "BO",
  "BQ",
  "BR",
  "BS",
  "BT",
  "BV",
  "BW",
  "BY",
  "BZ",
  "CA",
  "CC",
  "CD",
  "CF",
  "CG",
  "CH",
  "CI",
  "CK",
  "CL",
  "CM",
  "CN",
  "CO",
  "CR",
  "CU",
  "CV",
  "CW",
  "CX",
  "CY",
  "CZ",
  "DE",
  "DJ",
  "DK",
  "DM",
  "DO",
  "DZ",
  "EC",
  "EE",
  "EG",
  "EH",
  "ER",
  "ES",
  "ET",
  "FI",
  "FJ",
  "FK",
  "FM",
  "FO",
  "FR",
  "GA",
  "GB",
  "GD",
  "GE",
  "GF",
  "GG",
  "GH",
  "GI",
  "GL",
  "GM",
  "GN",
  "GP",
  "GQ",
  "GR",
  "GS",
  "GT",
  "GU",
  "GW",
  "GY",
  "HK",
  "HM",
  "HN",
  "HR",
  "HT",
  "HU",
  "ID",
  "IE",
  "IL",
  "IM",
  "IN",
  "IO",
  "IQ",
  "IR",
  "IS",
  "IT",
  "JE",
  "JM",
  "JO",
  "JP",
  "KE",
  "KG",
  "KH",
  "KI",
  "KM",
  "KN",
  "KP",
  "KR",
  "KW",
  "KY",
  "KZ",
  "LA",
  "LB",
  "LC",
  "LI",
  "LK",
  "LR",
  "LS",
  "LT",
  "LU",
  "LV",
  "LY",
  "MA",
  "MC",
  "MD",
  "ME",
  "MF",
  "MG",
  "MH",
  "MK",
  "ML",
  "MM",
  "MN",
  "MO",
  "MP",
  "MQ",
  "MR",
  "MS",
  "MT",
  "MU",
  "MV",
  "MW",
  "MX",
  "MY",
  "MZ",
  "NA",
  "NC",
  "NE",
  "NF",
  "NG",
  "NI",
  "NL",
  "NO",
  "NP",
  "NR",
  "NU",
  "NZ",
  "OM",
  "PA",
  "PE",
  "PF",
  "PG",
  "PH",
  "PK",
  "PL",
  "PM",
  "PN",
  "PR",
  "PS",
  "PT",
  "PW",
  "PY",
  "QA",
  "RE",
  "RO",
  "RS",
  "RU",
  "RW",
  "SA",
  "SB",
  "SC",
  "SD",
  "SE",
  "SG",
  "SH",
  "SI",
  "SJ",
  "SK",
  "SL",
  "SM",
  "SN",
  "SO",
  "SR",
  "SS",
  "ST",
  "SV",
  "SX",
  "SY",
  "SZ",
  "TC",
  "TD",
  "TF",
  "TG",
  "TH",
  "TJ",
  "TK",
  "TL",
  "TM",
  "TN",
  "TO",
  "TR",
  "TT",
  "TV",
  "TW",
  "TZ",
  "UA",
  "UG",
  "UM",
  "US",
  "UY",
  "UZ",
  "VA",
  "VC",
  "VE",
  "VG",
  "VI",
  "VN",
  "VU",
  "WF",
  "WS",
  "YE",
  "YT",
  "ZA",
  "ZM",
  "ZW",
] as const;

export type CountryCode = (typeof ISO_COUNTRY_CODES)[number];

const isoCodes: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES);

// docs/domain.md §2: EU documents write EL for Greece and UK for the United Kingdom; store ISO.
const EU_ALIASES: Readonly<Record<string, CountryCode>> = { EL: "GR", UK: "GB" };

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === "string" && isoCodes.has(value);
}

/** Trims and upper-cases, maps the EU aliases EL/UK to GR/GB; null when not ISO alpha-2. */
export function normalizeCountryCode(input: string | null | undefined): CountryCode | null {
  if (typeof input !== "string") return null;
  const code = input.trim().toUpperCase();
  const aliased = EU_ALIASES[code] ?? code;
  return isCountryCode(aliased) ? aliased : null;
}

// docs/domain.md §2: EU-27.
export const EU27: ReadonlySet<CountryCode> = new Set<CountryCode>([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
]);

// docs/domain.md §2: Programme Countries 2014–2020 = EU-27 + GB + IS LI NO MK TR; RS from call 2019 on.
const PROGRAMME_COUNTRIES_BEFORE_2019: ReadonlySet<CountryCode> = new Set<CountryCode>([...EU27, "GB", "IS", "LI", "NO", "MK", "TR"]);
const PROGRAMME_COUNTRIES_FROM_2019: ReadonlySet<CountryCode> = new Set<CountryCode>([...PROGRAMME_COUNTRIES_BEFORE_2019, "RS"]);
export const SERBIA_PROGRAMME_COUNTRY_FROM_CALL = 2019;

/** Programme Countries of a 2014–2020 call year (docs/domain.md §2). */
export function PROGRAMME_COUNTRIES_2014_2020(callYear: number): ReadonlySet<CountryCode> {
  return callYear >= SERBIA_PROGRAMME_COUNTRY_FROM_CALL ? PROGRAMME_COUNTRIES_FROM_2019 : PROGRAMME_COUNTRIES_BEFORE_2019;
}

export function isProgrammeCountry(code: string, callYear: number): boolean {
  return PROGRAMME_COUNTRIES_2014_2020(callYear).has(code as CountryCode);
}

// docs/domain.md §2: Member States and associated third countries 2021–2027 = EU-27 + IS LI NO MK RS TR.
export const MEMBER_AND_ASSOCIATED_2021_2027: ReadonlySet<CountryCode> = new Set<CountryCode>([...EU27, "IS", "LI", "NO", "MK", "RS", "TR"]);

// docs/domain.md §2: Horizon 2020 associated countries.
export const H2020_ASSOCIATED: ReadonlySet<CountryCode> = new Set<CountryCode>([
  "IS",
  "NO",
  "AL",
  "BA",
  "MK",
  "ME",
  "RS",
  "TR",
  "IL",
  "MD",
  "CH",
  "FO",
  "UA",
  "TN",
  "GE",
  "AM",
]);

// docs/domain.md §2: the KA107 DOT hosts = H2020 associated countries that are not Programme Countries.
export const KA107_DOT_HOSTS: ReadonlySet<CountryCode> = new Set<CountryCode>(["AL", "BA", "ME", "IL", "MD", "CH", "FO", "UA", "TN", "GE", "AM"]);

export type CountryGroup = 1 | 2 | 3;

// docs/domain.md §4: country groups 2021–2027.
const GROUPS_2021_2027: Readonly<Record<CountryGroup, readonly CountryCode[]>> = {
  1: ["DK", "FI", "IS", "IE", "LU", "SE", "LI", "NO"],
  2: ["AT", "BE", "CY", "DE", "GR", "ES", "FR", "IT", "MT", "NL", "PT"],
  3: ["BG", "HR", "CZ", "EE", "LV", "LT", "HU", "PL", "RO", "RS", "SK", "SI", "MK", "TR"],
};
const groupByCountry2021: ReadonlyMap<string, CountryGroup> = new Map(
  ([1, 2, 3] as const).flatMap((group) => GROUPS_2021_2027[group].map((code) => [code, group] as [string, CountryGroup])),
);

export const FIRST_CALL_YEAR_2021_2027 = 2021;

/**
 * Grant country group of a host country for a call year (docs/domain.md §4), or null when the country
 * has no group (e.g. KA107 partner countries, or RS before it became a Programme Country in 2019).
 * 2014–2020: GB was in group 1, the rest as in 2021–2027 but only for Programme Countries.
 */
export function countryGroup(countryCode: string, callYear: number): CountryGroup | null {
  const code = normalizeCountryCode(countryCode);
  if (code === null) return null;
  if (callYear >= FIRST_CALL_YEAR_2021_2027) {
    return MEMBER_AND_ASSOCIATED_2021_2027.has(code) ? (groupByCountry2021.get(code) ?? null) : null;
  }
  if (!isProgrammeCountry(code, callYear)) return null;
  if (code === "GB") return 1; // docs/domain.md §4: GB was in group 1 in 2014–2020
  return groupByCountry2021.get(code) ?? null;
}
