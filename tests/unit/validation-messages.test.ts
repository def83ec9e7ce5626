import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import da from "@/messages/da.json";
import { messageKey, parseMessageKey } from "@/lib/forms/message-key";
import { maxChars } from "@/lib/validation/messages";
import { offerSchema } from "@/lib/validation/offer";
import { countryCodeSchema, isoDateSchema } from "@/lib/validation/checks";

// Every message a form, the API or a filter can answer with: the keys written in the zod schemas
// (lib/validation), the offer-window rules and every ExpectedError thrown by a service or route.
// Each must exist in every locale and read as plain language.

type Tree = { [key: string]: string | Tree };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const KEY =
  /"((?:validation|errors|apply|search|records|stats|adminArea|learningAgreement|placementDecision|officeSettings|offerEditor|sso|saved)\.[A-Za-z.-]+)"/g;
const EXPECTED = /ExpectedError\(\s*"([^"]+)"/g;

function messageKeys(): string[] {
  const keys = new Set<string>();
  for (const file of [...sourceFiles("lib/validation"), "lib/domain/offer-window.ts"])
    for (const m of readFileSync(file, "utf8").matchAll(KEY)) keys.add(m[1]!);
  for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) for (const m of readFileSync(file, "utf8").matchAll(EXPECTED)) keys.add(m[1]!);
  return [...keys].sort();
}

/** The message(s) under a key: a key naming a group ("search.invalid") stands for all of it. */
function leaves(tree: Tree, key: string): [string, string][] | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (node === undefined) return undefined;
  const out: [string, string][] = [];
  const walk = (n: string | Tree, path: string) =>
    typeof n === "string" ? out.push([path, n]) : Object.entries(n).forEach(([k, v]) => walk(v, `${path}.${k}`));
  walk(node, key);
  return out;
}

// Code-speak a participant, a company or an officer should never have to decode. Kept out:
// standards' names (ISO, alpha-2), format masks (YYYY-MM-DD and its translations, a raw
// 2026-03-01), the names of programming types (string, object, null, undefined, boolean, enum,
// cuid, regex), database ids, JavaScript's "[object Object]", identifiers written in camelCase or
// SCREAMING_CASE (byHostCountry, ON_SITE: enum members) and regular-expression fragments.
// Allowed on purpose: the Erasmus+ key actions KA103/KA107/KA131 (officers read them on every grant
// agreement), PIC, OID, EQF, ECTS, CSV and JSON (terms of the programme and of the officers' tools,
// each explained where it is asked for), and example values such as "E10208765" or "ugent.be".
const CODE_SPEAK: [string, RegExp][] = [
  ["ISO", /\bISO\b/],
  ["alpha-2", /alpha-?2/i],
  ["date mask", /YYYY|JJJJ|ÅÅÅÅ|\bMM-DD\b/],
  ["raw ISO date", /\b\d{4}-\d{2}(-\d{2})?\b/],
  ["type name", /\b(string|object|null|undefined|boolean|enum|cuid|regexp?|int|float)\b/i],
  ["id", /\bids?\b(?!-)/i], // not the Danish "id-kort" (identity card)
  ["[object Object]", /\[object /],
  ["camelCase", /\b[a-z]+[A-Z][A-Za-z]*\b/],
  ["SCREAMING_CASE", /\b[A-Z]+_[A-Z_]+\b/],
  ["regex", /\\[dws]|\[[A-Za-z0-9]-[A-Za-z0-9]\]|\^\(|\)\$|\.\*/],
];

const LOCALES = { en, nl, da } as Record<string, Tree>;
const keys = messageKeys();

describe("validation and error messages", () => {
  it("are found in the sources (the scan works)", () => {
    expect(keys).toContain("validation.countryRequired");
    expect(keys).toContain("validation.maxChars");
    expect(keys).toContain("applicants.full");
    expect(keys.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(LOCALES))("exist in %s", (locale) => {
    expect(keys.filter((key) => leaves(LOCALES[locale]!, key) === undefined)).toEqual([]);
  });

  it.each(Object.keys(LOCALES))("contain no code-speak in %s", (locale) => {
    const found = keys.flatMap((key) =>
      (leaves(LOCALES[locale]!, key) ?? []).flatMap(([path, text]) =>
        CODE_SPEAK.filter(([, re]) => re.test(text)).map(([name]) => `${path} (${name}): ${text}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ["Unknown country: use an ISO 3166-1 alpha-2 code", "ISO"],
    ["Give a real calendar date as YYYY-MM-DD.", "date mask"],
    ["Choose byHostCountry or byMonth.", "camelCase"],
    ["Use ON_SITE or REMOTE.", "SCREAMING_CASE"],
    ["Unknown activity id.", "id"],
    ["Send the text as a string.", "type name"],
    ["Must match ^[A-Z]{2}\\d+$", "regex"],
    ["The start date must be a date such as 2026-03-01.", "raw ISO date"],
  ])("the deny-list catches %j", (text, name) => {
    expect(CODE_SPEAK.filter(([, re]) => re.test(text)).map(([n]) => n)).toContain(name);
  });
});

describe("messages that name a limit", () => {
  it("carry the limit and the count with the key", () => {
    const issue = offerSchema.safeParse({ title: "x".repeat(214) }).error!.issues.find((i) => i.path[0] === "title")!;
    expect(parseMessageKey(issue.message)).toEqual({ key: "validation.maxChars", values: { max: 160, count: 214 } });
    expect(maxChars(200).error({ input: "y".repeat(214) })).toBe(messageKey("validation.maxChars", { max: 200, count: 214 }));
  });

  it.each([
    ["validation.required", { key: "validation.required" }],
    ["validation.maxChars?max=200&count=214", { key: "validation.maxChars", values: { max: 200, count: 214 } }],
    ["x.y?name=a%20b", { key: "x.y", values: { name: "a b" } }],
  ])("parses %s", (text, parsed) => {
    expect(parseMessageKey(text)).toEqual(parsed);
  });

  it.each([
    ["", "validation.dateRequired"],
    ["2027-02-30", "validation.dateInvalid"],
  ])("a date %j says %s", (value, key) => {
    expect(isoDateSchema.safeParse(value).error!.issues.map((i) => i.message)).toEqual([key]);
  });

  it.each([
    ["", "validation.countryRequired"],
    ["XX", "validation.countryUnknown"],
  ])("a country %j says %s", (value, key) => {
    expect(countryCodeSchema.safeParse(value).error!.issues.map((i) => i.message)).toEqual([key]);
  });
});
