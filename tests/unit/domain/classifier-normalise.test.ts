import { describe, expect, it } from "vitest";
import { foldText, foldWithOrigin, originalIndex } from "@/lib/domain/classifier/normalise";
import { isWordCode } from "@/lib/domain/classifier/text-structure";

describe("folding (normalise.ts)", () => {
  it.each([
    // input, folded
    ["Überwachung", "uberwachung"],
    ["Ærø", "aero"],
    ["Straße", "strasse"],
    ["Łódź", "lodz"],
    ["Šťastný Žluťoučký", "stastny zlutoucky"],
    ["Őrült Űr", "orult ur"],
    ["Ċentru Ħal Għargħur", "centru hal ghargħur".replace("ħ", "h")],
    // Greek: lower case without tonos and dialytika, final sigma as sigma
    ["Ανάλυση Δεδομένων", "αναλυση δεδομενων"],
    ["ΑΝΆΛΥΣΗ", "αναλυση"],
    ["προϊόντα", "προιοντα"],
    ["διΐστασθαι ΐ ΰ", "διιστασθαι ι υ"],
    ["πελάτες", "πελατεσ"],
    ["ΠΕΛΆΤΕΣ", "πελατεσ"],
    ["ςσΣ", "σσσ"],
    // Cyrillic: lower case, letters kept (й stays й), only stress accents dropped
    ["Анализ на данни", "анализ на данни"],
    ["ОБРАБОТКА", "обработка"],
    ["Бойко", "бойко"],
    ["ѝ ѐ", "и е"],
    ["щъркел ЮЖЕН", "щъркел южен"],
  ])("%j → %j", (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it.each(["Ανάλυση Δεδομένων", "Анализ на данни", "Großartig Ærø ΐ"])("keeps one folded character per original where lengths match: %j", (input) => {
    const folded = foldWithOrigin(input);
    for (let i = 0; i < folded.text.length; i++) expect(originalIndex(folded, i)).toBeLessThanOrEqual(i);
    expect(originalIndex(folded, folded.text.length)).toBe(input.length);
  });

  it.each([
    // character, is a word character after folding
    ["a", true],
    ["9", true],
    ["α", true],
    ["ω", true],
    ["σ", true],
    ["а", true],
    ["я", true],
    ["й", true],
    ["ј", true],
    ["-", false],
    [" ", false],
    ["·", false],
    ["中", false],
    ["΄", false],
  ])("%j is a word character: %s", (ch, word) => {
    expect(isWordCode(foldText(ch).charCodeAt(0))).toBe(word);
  });
});
