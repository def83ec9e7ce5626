import { describe, expect, it } from "vitest";
import { MIN_STEM_LENGTH, STEM_LANGUAGES, foldChars, stemExpansions, stemWord, type StemLanguage } from "@/lib/domain/search-stems";

// Each row: a word family in one language; every form's stem must be a prefix of every form
// (folded), which is what the search needs: the stem of any form, matched as a prefix, finds all.
const FAMILIES: [StemLanguage, string, string[]][] = [
  ["da", "programmer", ["programmering", "programmeringen", "programmeringer", "programmeringens"]],
  ["da", "udvikl", ["udvikling", "udviklingen", "udvikler", "udviklere", "udviklerne"]],
  ["de", "programmier", ["Programmierung", "programmieren", "Programmierer", "Programmierern", "Programmierungen"]],
  ["de", "entwickl", ["Entwicklerin", "Entwicklerinnen", "Entwicklung", "Entwicklungen"]],
  ["pl", "programowan", ["programowanie", "programowania", "programowaniu", "programowaniem"]],
  ["pl", "programist", ["programista", "programisty", "programistą", "programistów", "programistami"]],
  ["fr", "développ", ["développeur", "développeurs", "développeuse", "développement", "développer"]],
  ["es", "programa", ["programación", "programaciones", "programador", "programadores", "programadora"]],
  ["it", "programma", ["programmazione", "programmazioni", "programmatore", "programmatori"]],
  ["nl", "ontwikkel", ["ontwikkeling", "ontwikkelingen", "ontwikkelen", "ontwikkelaar", "ontwikkelaars"]],
  ["sv", "programmer", ["programmering", "programmeringen", "programmeringar"]],
  ["sv", "utveckl", ["utveckling", "utvecklingen", "utvecklare", "utvecklaren"]],
  ["pt", "programa", ["programação", "programações", "programador", "programadores"]],
  ["en", "develop", ["developers", "developing", "developed", "developer"]],
  ["cs", "program", ["programování", "programováním", "programovat"]],
  ["cs", "programátor", ["programátor", "programátora", "programátoři", "programátorem"]],
  ["sk", "program", ["programovanie", "programovania", "programovaniu", "programovať"]],
  ["sk", "programátor", ["programátor", "programátora", "programátori", "programátorom"]],
  ["hr", "program", ["programiranje", "programiranja", "programiranju", "programiranjem"]],
  ["hr", "programer", ["programer", "programera", "programeri", "programerima"]],
  ["sl", "program", ["programiranje", "programiranja", "programiranju", "programiranjem"]],
  ["ro", "program", ["programare", "programarea", "programator", "programatori", "programatorilor"]],
  ["hu", "programoz", ["programozás", "programozása", "programozásban", "programozásnak"]],
  ["fi", "ohjelmoint", ["ohjelmointi", "ohjelmointia", "ohjelmointiin", "ohjelmointiksi"]],
  ["et", "programmeeri", ["programmeerimine", "programmeerimise", "programmeerimisega", "programmeerimist"]],
  ["lv", "programm", ["programmēšana", "programmēšanas", "programmēšanu", "programmēšanai"]],
  ["lt", "program", ["programavimas", "programavimo", "programavimui", "programavimą"]],
  ["nb", "utvikl", ["utvikling", "utviklingen", "utvikler", "utviklere"]],
  ["el", "προγραμματισμ", ["προγραμματισμός", "προγραμματισμού", "προγραμματισμό", "προγραμματισμοί"]],
  ["el", "ανάπτυξ", ["ανάπτυξη", "ανάπτυξης"]],
  ["bg", "програмир", ["програмиране", "програмирането"]],
  ["bg", "програмист", ["програмист", "програмиста", "програмисти", "програмистите"]],
  ["sr", "програм", ["програмирање", "програмирања", "програмирању", "програмирањем"]],
  ["mk", "програм", ["програмирање", "програмирањето"]],
];

const folded = (w: string) => foldChars(w).join("");

describe("stemWord", () => {
  it.each(FAMILIES)("%s: every form of the family stems to a prefix shared with %j", (language, shared, forms) => {
    for (const form of forms) {
      const stem = stemWord(form.toLowerCase(), language);
      expect(form.toLowerCase().startsWith(stem), `${form} → ${stem} is a prefix`).toBe(true);
      expect(folded(stem).startsWith(folded(shared)), `${form} → ${stem} starts with ${shared}`).toBe(true);
      // Every other form of the family is found by this stem as a prefix.
      for (const other of forms) expect(folded(other).startsWith(folded(stem)), `${form} → ${stem} finds ${other}`).toBe(true);
    }
  });

  it.each([
    ["de", "daten", "date"],
    ["es", "datos", "dato"], // "os" would leave 3 letters: the shorter ending "s" fits
    ["pl", "danych", "danych"], // nothing leaves 4 letters
    ["da", "data", "data"],
    ["en", "data", "data"],
    ["fr", "données", "donn"], // the folded ending "ees" is cut from the word with its accent
    ["pl", "programistą", "programist"],
  ] as [StemLanguage, string, string][])("%s %j → %j", (language, word, stem) => {
    expect(stemWord(word, language)).toBe(stem);
  });

  it("never cuts below the minimum length, and always returns a prefix of the word", () => {
    const words = ["a", "ab", "abc", "abcd", "abcde", "ungen", "ingen", "heiten", "ości", "ąę", "straße", "ﬁnance", "øresund", "łódź", "nación"];
    for (const language of STEM_LANGUAGES)
      for (const word of words) {
        const stem = stemWord(word, language);
        expect(word.startsWith(stem)).toBe(true);
        if (stem !== word) expect(Array.from(stem).length).toBeGreaterThanOrEqual(MIN_STEM_LENGTH);
      }
  });
});

describe("stemExpansions", () => {
  it("lists each stem that differs from the word once, with its languages", () => {
    expect(stemExpansions("programmierung")).toEqual([{ stem: "programmier", languages: ["de"] }]);
    const danish = stemExpansions("programmeringen");
    expect(danish.find((e) => e.languages.includes("da"))?.stem).toBe("programmer");
    expect(new Set(danish.map((e) => e.stem)).size).toBe(danish.length);
    for (const { stem } of danish) expect("programmeringen".startsWith(stem) && stem !== "programmeringen").toBe(true);
  });

  it("has none for short or unchanging words", () => {
    expect(stemExpansions("ux")).toEqual([]);
    expect(stemExpansions("data")).toEqual([]);
  });
});
