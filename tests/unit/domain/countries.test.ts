import { describe, expect, it } from "vitest";
import {
  EU27,
  H2020_ASSOCIATED,
  ISO_COUNTRY_CODES,
  KA107_DOT_HOSTS,
  MEMBER_AND_ASSOCIATED_2021_2027,
  PROGRAMME_COUNTRIES_2014_2020,
  countryGroup,
  normalizeCountryCode,
} from "@/lib/domain/countries";

describe("ISO 3166-1 alpha-2 list", () => {
  it("has the 249 assigned codes, each once", () => {
    expect(ISO_COUNTRY_CODES).toHaveLength(249);
    expect(new Set(ISO_COUNTRY_CODES).size).toBe(249);
  });
});

describe("normalizeCountryCode (docs/domain.md §2 aliases)", () => {
  it.each([
    ["DE", "DE"],
    [" de ", "DE"],
    ["EL", "GR"], // EU documents write EL for Greece
    ["el", "GR"],
    ["UK", "GB"], // and UK for the United Kingdom
    ["GR", "GR"],
    ["GB", "GB"],
    ["XK", null], // Kosovo: user-assigned, not ISO
    ["EU", null],
    ["D", null],
    ["DEU", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(normalizeCountryCode(input)).toBe(expected);
  });

  it("rejects non-strings", () => {
    expect(normalizeCountryCode(undefined)).toBeNull();
    expect(normalizeCountryCode(null)).toBeNull();
  });
});

describe("country sets (docs/domain.md §2)", () => {
  it("EU-27 has 27 members, no GB", () => {
    expect(EU27.size).toBe(27);
    expect(EU27.has("GB")).toBe(false);
  });

  it.each([
    [2014, "GB", true],
    [2020, "GB", true],
    [2018, "RS", false], // RS only from call 2019
    [2019, "RS", true],
    [2020, "RS", true],
    [2016, "TR", true],
    [2016, "CH", false],
    [2016, "AL", false],
  ])("Programme Countries of call %i include %s: %s", (year, code, expected) => {
    expect(PROGRAMME_COUNTRIES_2014_2020(year).has(code as never)).toBe(expected);
  });

  it.each([
    ["RS", true],
    ["TR", true],
    ["NO", true],
    ["GB", false],
    ["CH", false],
  ])("2021–2027 member/associated includes %s: %s", (code, expected) => {
    expect(MEMBER_AND_ASSOCIATED_2021_2027.has(code as never)).toBe(expected);
  });

  it("KA107 DOT hosts = H2020 associated countries minus Programme Countries", () => {
    const programme = PROGRAMME_COUNTRIES_2014_2020(2020);
    const expected = [...H2020_ASSOCIATED].filter((c) => !programme.has(c)).sort();
    expect([...KA107_DOT_HOSTS].sort()).toEqual(expected);
  });
});

describe("countryGroup (docs/domain.md §4)", () => {
  it.each([
    ["DK", 2021, 1],
    ["NO", 2027, 1],
    ["DE", 2021, 2],
    ["EL", 2021, 2],
    ["PL", 2021, 3],
    ["RS", 2021, 3],
    ["GB", 2021, null], // no longer a programme/associated country
    ["GB", 2020, 1], // 2014–2020: GB in group 1
    ["UK", 2016, 1],
    ["DE", 2016, 2],
    ["RS", 2018, null], // not yet a Programme Country
    ["RS", 2019, 3],
    ["CH", 2018, null],
    ["CH", 2022, null],
    ["ZZ", 2022, null],
  ])("%s in call %i → group %j", (code, year, group) => {
    expect(countryGroup(code, year)).toBe(group);
  });
});
