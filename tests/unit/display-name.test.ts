import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { ISO_COUNTRY_CODES } from "@/lib/domain/countries";
import { COMMON_LANGUAGE_CODES, ISO_LANGUAGE_CODES } from "@/lib/domain/languages";
import { displayName, nameOptions } from "@/lib/text/display-name";
import { NAMES_DATA } from "@/lib/text/names";

describe("displayName(locale, type, code)", () => {
  it.each([
    ["en", "region", "BE", "Belgium"],
    ["nl", "region", "BE", "België"],
    ["da", "region", "DE", "Tyskland"],
    ["en", "region", "FK", "Falkland Islands"],
    ["en", "language", "da", "Danish"],
    ["nl", "language", "en", "Engels"],
    ["da", "language", "aa", "afar"],
    ["de", "region", "BE", "Belgien"],
    ["pl", "language", "de", "niemiecki"],
    // A locale the portal does not have: English rather than a code.
    ["xx", "region", "BE", "Belgium"],
    // Not a code at all: the code itself, never an exception.
    ["en", "region", "1", "1"],
    ["en", "language", "not a code", "not a code"],
  ] as const)("%s %s %s → %s", (locale, type, code, expected) => {
    expect(displayName(locale, type, code)).toBe(expected);
  });
});

describe("names data (lib/text/names/)", () => {
  it.each(LOCALES)("%s holds [code, name] pairs only", (locale) => {
    for (const kind of ["region", "language"] as const) {
      for (const pair of NAMES_DATA[locale][kind])
        expect(pair.length === 2 && pair.every((x) => typeof x === "string" && x.length > 0), JSON.stringify(pair)).toBe(true);
    }
  });

  it.each(LOCALES)("%s names every ISO country and language, none by its code", (locale) => {
    const regions = new Map(NAMES_DATA[locale].region);
    const languages = new Map(NAMES_DATA[locale].language);
    expect([...regions.keys()].sort()).toEqual([...ISO_COUNTRY_CODES].sort());
    expect([...languages.keys()].sort()).toEqual([...ISO_LANGUAGE_CODES].sort());
    for (const [code, name] of [...regions, ...languages]) expect(name, code).not.toBe(code);
  });

  it.each(LOCALES)("%s lists are in the locale's collation order", (locale) => {
    const collator = new Intl.Collator(locale);
    for (const kind of ["region", "language"] as const) {
      const names = NAMES_DATA[locale][kind].map(([, name]) => name);
      expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    }
  });
});

describe("nameOptions(locale, kind, only, keep)", () => {
  it("offers only the common languages, in the locale's order", () => {
    const options = nameOptions("nl", "language", COMMON_LANGUAGE_CODES);
    expect(options).toHaveLength(COMMON_LANGUAGE_CODES.length);
    expect(options.map((o) => o.code)).not.toContain("ae"); // Avestan: nobody's working language
    expect(options[0]).toEqual({ code: "af", name: "Afrikaans" });
  });

  it("keeps a stored code the list would leave out, and ignores empty ones", () => {
    const codes = nameOptions("en", "language", ["en", "de"], ["ae", undefined, ""]).map((o) => o.code);
    expect(codes).toEqual(["ae", "en", "de"]); // Avestan, English, German
  });

  it("every country without a filter", () => {
    expect(nameOptions("da", "region")).toHaveLength(ISO_COUNTRY_CODES.length);
  });
});
