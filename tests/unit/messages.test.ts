// Every locale file in messages/ against the English source: the same keys, valid ICU with the same
// arguments, plural branches for every category the language needs, really translated, and the
// Erasmus+ terms rendered as that locale's glossary (messages/glossary/<locale>.json) says.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/i18n/locales";

type Tree = { [k: string]: string | Tree };
type Glossary = Record<string, string[]>;

const DIR = path.resolve(__dirname, "../../messages");
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as T;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Top-level argument names of an ICU message ({name}, {count, plural, …}), not the words inside branches. */
function placeholders(elements: MessageFormatElement[]): string[] {
  const names = new Set<string>();
  for (const el of elements) if ("value" in el && el.type !== TYPE.literal) names.add(String(el.value));
  return [...names].sort();
}

/** Every plural (not selectordinal) in the message, at any depth, with the branches it has. */
function plurals(elements: MessageFormatElement[], found: { name: string; branches: string[] }[] = []) {
  for (const el of elements) {
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      if (el.type === TYPE.plural && el.pluralType !== "ordinal") found.push({ name: el.value, branches: Object.keys(el.options) });
      for (const option of Object.values(el.options)) plurals(option.value, found);
    } else if (el.type === TYPE.tag) plurals(el.children, found);
  }
  return found;
}

/** The categories (one, few, many, …) the language's plural rules have that the branches lack. */
function missingCategories(locale: string, branches: string[]): string[] {
  const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return needed.filter((c) => !branches.includes(c));
}

// "Digital Opportunity Traineeships" is the programme's name, which several languages keep.
const withoutProgrammeName = (text: string) => text.replace(/Digital Opportunity Traineeships?/g, "").toLowerCase();

const source = flatten(readJson<Tree>("en.json"));
// "$comment" explains the format to the reader of the file.
const englishTerms: Glossary = Object.fromEntries(Object.entries(readJson<Glossary>("glossary/en.json")).filter(([term]) => term !== "$comment"));
const localeFiles = readdirSync(DIR)
  .filter((f) => f.endsWith(".json") && f !== "en.json")
  .map((f) => f.slice(0, -5));

it("every locale the portal offers has its messages and its glossary", () => {
  const glossaries = readdirSync(path.join(DIR, "glossary")).map((f) => f.replace(/\.json$/, ""));
  for (const locale of LOCALES) {
    if (locale !== "en") expect(localeFiles).toContain(locale);
    expect(glossaries).toContain(locale);
  }
});

it("every messages file is a language the portal offers (a finished translation is switched on)", () => {
  expect(localeFiles.filter((locale) => !(LOCALES as readonly string[]).includes(locale))).toEqual([]);
});

it("the English source parses and names its placeholders", () => {
  for (const [key, msg] of source) expect(() => parse(msg), key).not.toThrow();
  expect(placeholders(parse("{total, plural, one {# item {x}} other {# items}} by {name}"))).toEqual(["name", "total"]);
  expect(missingCategories("pl", ["one", "other"])).toEqual(["few", "many"]);
});

describe.each(localeFiles)("messages/%s.json", (locale) => {
  const target = flatten(readJson<Tree>(`${locale}.json`));

  it("has every English key and no other", () => {
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it("parses as ICU and keeps every placeholder of the English message", () => {
    const broken: string[] = [];
    for (const [key, msg] of source) {
      const translated = target.get(key);
      if (translated === undefined) continue;
      try {
        if (JSON.stringify(placeholders(parse(translated))) !== JSON.stringify(placeholders(parse(msg)))) broken.push(`${key}: placeholders differ`);
      } catch (error) {
        broken.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  // Where English tells one from many (a "one" branch), the language needs all of its own
  // categories (Polish: one, few, many, other). A plural English only uses for "=0 … other …" needs "other".
  it("has a branch for every plural category of the language where English counts", () => {
    const gaps: string[] = [];
    for (const [key, msg] of source) {
      let found: { name: string; branches: string[] }[];
      try {
        found = plurals(parse(target.get(key) ?? ""));
      } catch {
        continue; // reported by the ICU test
      }
      const counted = new Set(
        plurals(parse(msg))
          .filter((p) => p.branches.includes("one"))
          .map((p) => p.name),
      );
      for (const p of found) {
        if (!p.branches.includes("other")) gaps.push(`${key} {${p.name}}: no "other"`);
        // A plural of exact values only ("=0 … other …") counts nothing, whatever its name.
        const categorised = p.branches.some((b) => b !== "other" && !b.startsWith("="));
        const missing = counted.has(p.name) && categorised ? missingCategories(locale, p.branches) : [];
        if (missing.length) gaps.push(`${key} {${p.name}}: ${missing.join(", ")}`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it("is really translated (fewer than 15% of messages identical to English)", () => {
    const same = [...source].filter(([key, msg]) => target.get(key) === msg && msg.length > 3);
    expect(same.length / source.size).toBeLessThan(0.15);
  });

  it("renders the Erasmus+ terms as its glossary says", () => {
    const glossary = readJson<Glossary>(`glossary/${locale}.json`);
    expect(Object.keys(glossary).sort()).toEqual(Object.keys(englishTerms).sort());
    const misses: string[] = [];
    for (const [term, englishForms] of Object.entries(englishTerms)) {
      const forms = glossary[term]!.map((f) => f.toLowerCase());
      for (const [key, msg] of source) {
        const english = withoutProgrammeName(msg);
        if (!englishForms.some((f) => english.includes(f))) continue;
        const translated = withoutProgrammeName(target.get(key) ?? "");
        if (!forms.some((f) => translated.includes(f))) misses.push(`${key}: ${term}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
