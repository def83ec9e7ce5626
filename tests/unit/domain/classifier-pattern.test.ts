import { describe, expect, it } from "vitest";
import { compilePattern } from "@/lib/domain/classifier/pattern";
import { LEXICONS } from "@/lib/domain/classifier/lexicon";
import { foldText } from "@/lib/domain/classifier/normalise";

/** The first match of a lexicon pattern in a text, after folding (or null). */
function match(pattern: string, text: string): string | null {
  return new RegExp(compilePattern(pattern).source).exec(foldText(text))?.[0] ?? null;
}

describe("lexicon term language (see lib/domain/classifier/README.md)", () => {
  it.each([
    // pattern, text, expected match
    ["python", "Python scripts", "python"],
    ["python", "pythonic", null], // whole word unless a * says otherwise
    ["develop*", "our developers", "developers"],
    ["*entwicklung", "Webentwicklung", "webentwicklung"],
    ["*entwicklung", "Entwicklungen", null], // no trailing *
    ["*data-analy*", "Kundedataanalyse", "kundedataanalyse"], // Danish compound
    ["*data-analy*", "Kundendatenanalyse", null], // German "Daten" is another entry
    ["*data-analy*", "data analysis", "data analysis"], // "-": optional space or hyphen
    ["*data-analy*", "data-analyse", "data-analyse"],
    ["e-mail*", "E-Mails", "e-mails"],
    ["e-mail*", "email", "email"],
    ["web*ontwikkel*", "webapplicatieontwikkeling", "webapplicatieontwikkeling"], // * inside a word
    ["develop* ... app|apps", "develop a small app", "develop a small app"], // up to three words between
    ["develop* ... app|apps", "develop one two three four apps", null],
    ["analyse* [de] data", "analyse de data", "analyse de data"], // optional word
    ["analyse* [de] data", "analyseren data", "analyseren data"],
    ["web_app*|website*", "web apps", "web apps"], // "_": a space inside one alternative
    ["c#", "C# and .NET", "c#"],
    ["test* d'intrusion", "Tests d’intrusion", "tests d'intrusion"], // typographic apostrophe folded
    ["social media", "social\nmedia", null], // never across a line break
    // Greek and Cyrillic are word characters: patterns may use them, accents and case fold away
    ["ανάλυση δεδομένων", "Ανάλυση Δεδομένων", "αναλυση δεδομενων"],
    ["*προγραμματισ*", "Προγραμματιστής", "προγραμματιστησ"],
    ["πελατ*", "ΠΕΛΆΤΕΣ", "πελατεσ"],
    ["πελατ*", "εξυπηρέτηση πελατών", "πελατων"],
    ["πελατ*", "απελάτες", null], // whole-word start: Greek letters are word characters
    ["анализ* ... данни", "Анализ на данни", "анализ на данни"],
    ["програм*", "програмиране", "програмиране"],
    ["*програм*", "Уебпрограмист", "уебпрограмист"],
    ["данни", "данните", null],
    ["склад", "складът", null],
  ])("%j on %j → %j", (pattern, text, expected) => {
    expect(match(pattern, text)).toBe(expected);
  });

  it.each(["web-", "-web", "web_", "... web", "web ...", "", "*", "中文", "web 中文"])("rejects %j", (pattern) => {
    expect(() => compilePattern(pattern)).toThrow();
  });

  it("has no space where an alternative list meant '_' (\"a|b c|d\" is two words, not three alternatives)", () => {
    // Irish patterns are generated with every word's mutated forms (ga.ts), so two neighbouring
    // alternative lists are expected there.
    for (const l of LEXICONS.filter((x) => x.language !== "ga")) {
      const patterns = Object.values(l.categories).flatMap((c) => [...(c?.terms ?? []), ...(c?.exceptions ?? [])]);
      for (const pattern of patterns) {
        const words = pattern.trim().split(/\s+/);
        const slip = words.some((w, i) => i > 0 && w.includes("|") && (words[i - 1] ?? "").includes("|"));
        expect(slip, `${l.language}: ${pattern}`).toBe(false);
      }
    }
  });

  it("compiles every lexicon entry", () => {
    const patterns = LEXICONS.flatMap((l) => [
      ...Object.values(l.categories).flatMap((c) => [
        ...(c?.terms ?? []),
        ...(c?.exceptions ?? []),
        ...(c?.combos ?? []).flatMap((k) => [...k.tools, ...k.actions]),
      ]),
      ...(l.negationsBefore ?? []),
      ...(l.negationsAfter ?? []),
      ...(l.notNegations ?? []),
    ]);
    expect(patterns.length).toBeGreaterThan(1000);
    for (const pattern of patterns) expect(() => compilePattern(pattern), pattern).not.toThrow();
  });
});
