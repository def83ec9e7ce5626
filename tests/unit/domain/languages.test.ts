import { describe, expect, it } from "vitest";
import { ISO_LANGUAGE_CODES, isLanguageCode } from "@/lib/domain/languages";

describe("ISO 639-1 language codes", () => {
  it.each([
    ["nl", true],
    ["da", true],
    ["ga", true],
    ["mt", true],
    ["NL", false],
    ["nld", false],
    ["sh", false],
    ["xx", false],
    ["", false],
    [null, false],
  ])("%j → %j", (code, known) => {
    expect(isLanguageCode(code)).toBe(known);
  });

  it("has 183 distinct two-letter codes, every EU official language among them", () => {
    expect(new Set(ISO_LANGUAGE_CODES).size).toBe(183);
    for (const c of [
      "bg",
      "cs",
      "da",
      "de",
      "el",
      "en",
      "es",
      "et",
      "fi",
      "fr",
      "ga",
      "hr",
      "hu",
      "it",
      "lt",
      "lv",
      "mt",
      "nl",
      "pl",
      "pt",
      "ro",
      "sk",
      "sl",
      "sv",
    ]) {
      expect(isLanguageCode(c)).toBe(true);
    }
  });
});
