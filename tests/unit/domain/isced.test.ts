import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import da from "@/messages/da.json";
import { PEOPLE } from "@/prisma/seed/data/people";
import { CATEGORIES_BY_FIELD } from "@/prisma/seed/data/field-affinity";
import {
  ISCED_BROAD_FIELDS,
  ISCED_DETAILED_FIELDS,
  ISCED_FIELDS_BY_BROAD,
  broadFieldOf,
  iscedBroadKey,
  iscedFieldKey,
  isIscedBroadCode,
  isIscedDetailedCode,
  narrowFieldOf,
} from "@/lib/domain/isced";

describe("ISCED-F 2013 list (docs/domain.md §6)", () => {
  it("has the 11 broad fields 00–10", () => {
    expect(ISCED_BROAD_FIELDS).toEqual(["00", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10"]);
  });

  it("has 118 detailed fields, unique, 4 digits, in code order", () => {
    expect(ISCED_DETAILED_FIELDS).toHaveLength(118);
    expect(new Set(ISCED_DETAILED_FIELDS).size).toBe(ISCED_DETAILED_FIELDS.length);
    for (const code of ISCED_DETAILED_FIELDS) expect(code).toMatch(/^\d{4}$/);
    expect([...ISCED_DETAILED_FIELDS].sort()).toEqual([...ISCED_DETAILED_FIELDS]);
  });

  it("leaves out 'not further defined' (xxx0) and 'field unknown' codes", () => {
    expect(ISCED_DETAILED_FIELDS.filter((c) => c.endsWith("0") || c.startsWith("99"))).toEqual([]);
  });

  it("puts every detailed field under an existing broad field, and every broad field has fields", () => {
    for (const code of ISCED_DETAILED_FIELDS) expect(isIscedBroadCode(code.slice(0, 2))).toBe(true);
    expect(ISCED_FIELDS_BY_BROAD.map((g) => g.fields.length).every((n) => n > 0)).toBe(true);
    expect(ISCED_FIELDS_BY_BROAD.flatMap((g) => g.fields)).toEqual([...ISCED_DETAILED_FIELDS]);
  });

  it.each([
    ["0613", "06", "061"],
    ["0011", "00", "001"],
    ["0688", "06", "068"],
    ["1041", "10", "104"],
  ])("%s is in broad field %s and narrow field %s", (code, broad, narrow) => {
    expect(isIscedDetailedCode(code)).toBe(true);
    expect(broadFieldOf(code)).toBe(broad);
    expect(narrowFieldOf(code)).toBe(narrow);
  });

  it.each(["0610", "0000", "9999", "613", "06130", "", "abcd"])("%j is not a detailed field", (code) => {
    expect(isIscedDetailedCode(code)).toBe(false);
    expect(broadFieldOf(code)).toBeNull();
    expect(narrowFieldOf(code)).toBeNull();
  });

  it("includes the 'not elsewhere classified' and 'inter-disciplinary' fields of ICT", () => {
    expect(["0619", "0688"].every(isIscedDetailedCode)).toBe(true);
  });
});

describe.each([
  ["en", en],
  ["nl", nl],
  ["da", da],
])("isced labels in messages/%s.json", (_locale, messages) => {
  const isced = (messages as unknown as { isced: Record<string, unknown> }).isced;
  const lookup = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], isced);

  it("labels every broad and detailed field with a next-intl-safe key", () => {
    const missing = [...ISCED_BROAD_FIELDS.map(iscedBroadKey), ...ISCED_DETAILED_FIELDS.map(iscedFieldKey)].filter(
      (key) => typeof lookup(key) !== "string" || (lookup(key) as string).trim() === "",
    );
    expect(missing).toEqual([]);
    for (const key of [...Object.keys(isced.broad as object), ...Object.keys(isced.fields as object)]) expect(key).toMatch(/^[a-z]\d+$/);
  });
});

it("every seeded participant's field of education is in the list, and so is the field-affinity table", () => {
  const seeded = [...PEOPLE.map((p) => p.field), ...Object.keys(CATEGORIES_BY_FIELD)];
  expect(seeded.length).toBeGreaterThan(10);
  expect(seeded.filter((c) => !isIscedDetailedCode(c))).toEqual([]);
});
