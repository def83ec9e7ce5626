// Search in every language (docs/decisions/0010-search-in-every-language.md), run on SQLite and
// PostgreSQL: a query word finds the inflected forms of an offer written in that word's language,
// because its stem in that language (lib/domain/search-stems.ts) matches as a prefix there — and
// only there: the stem rule of one language is never applied to an offer written in another.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { searchOffers, searchOffersSql } from "@/lib/server/services/offer-search/service";
import { offerSearchSchema } from "@/lib/validation/offer-search";
import { createHostOrganisation, createOffer } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

const referenceDate = new Date(Date.UTC(2026, 10, 1));
const today = new Date(Date.UTC(2026, 10, 12));
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);

// [language, the offer's title, queries that must find it (inflected forms not in the text)]
const CASES: [string, string, string[]][] = [
  ["da", "Praktikant inden for programmering og test", ["programmeringen", "programmeringens", "programmering"]],
  ["de", "Praktikum in der Programmierung", ["programmieren", "Programmierer", "Programmierungen"]],
  ["pl", "Staż: programowanie w Pythonie", ["programowania", "programowaniu", "programowaniem"]],
  ["fr", "Stage de développeuse web", ["développeur", "développeurs", "développement"]],
  ["es", "Prácticas de programación backend", ["programador", "programadores", "programaciones"]],
  ["it", "Tirocinio di programmazione embedded", ["programmatore", "programmatori", "programmazioni"]],
  ["nl", "Stage softwareontwikkeling", ["softwareontwikkelingen", "softwareontwikkelaars"]],
  ["sv", "Praktik inom mjukvaruutveckling", ["mjukvaruutvecklingen", "mjukvaruutvecklare", "mjukvaruutvecklaren"]],
  ["cs", "Stáž: programování webových aplikací", ["programováním", "programovat"]],
  ["hr", "Praksa: programiranje mobilnih aplikacija", ["programiranja", "programiranju"]],
  ["ro", "Stagiu de programare web", ["programarea", "programatori"]],
  ["hu", "Gyakornok: programozás és tesztelés", ["programozásban", "programozása"]],
  ["fi", "Harjoittelija: ohjelmointi ja testaus", ["ohjelmointia", "ohjelmointiin"]],
  ["lt", "Praktika: programavimas ir testavimas", ["programavimo", "programavimui"]],
  ["el", "Πρακτική άσκηση: προγραμματισμός και ανάπτυξη εφαρμογών", ["προγραμματισμού", "προγραμματισμό", "ανάπτυξης"]],
  ["bg", "Стаж: програмиране на уеб приложения", ["програмирането"]],
  ["sr", "Пракса: програмирање мобилних апликација", ["програмирања", "програмирању"]],
];

const params = (q: string) => offerSearchSchema.parse({ q, pageSize: "50" });
const ids: Record<string, string> = {};
let englishWithGermanWord: string;

beforeAll(async () => {
  await resetDatabase();
  const host = await createHostOrganisation(prisma, { country: "DE", city: "Berlin" });
  const common = { hostId: host.id, referenceDate, applicationDeadline: day(30), publishedAt: day(-2), description: "Traineeship.", tasks: "Learn." };
  for (const [language, title] of CASES) ids[language] = (await createOffer(prisma, { ...common, language, title })).id;
  // An English offer that happens to contain a German word: German stems do not apply to it.
  englishWithGermanWord = (await createOffer(prisma, { ...common, language: "en", title: "Entwicklerkurs assistant" })).id;
}, 120_000);

describe("search finds inflected forms in 6 languages", () => {
  it.each(CASES.flatMap(([language, , queries]) => queries.map((q) => [language, q] as const)))("%s: %j finds the offer", async (language, q) => {
    const found = (await searchOffers(params(q), { today })).items.map((i) => i.id);
    expect(found).toContain(ids[language]);
    // Only offers of the word's language (or containing the word itself) — here exactly that one.
    expect(found).toEqual([ids[language]]);
    // The SQL implementation (the in-process index's oracle) agrees.
    expect((await searchOffersSql(params(q), { today })).items.map((i) => i.id)).toEqual(found);
  });

  it("applies a language's stems only to offers written in it, and follows a change of language", async () => {
    const q = "Entwicklung"; // German stem "entwickl"
    expect((await searchOffers(params(q), { today })).total).toBe(0);
    // The plain prefix still finds the English offer.
    expect((await searchOffers(params("entwickl"), { today })).items.map((i) => i.id)).toEqual([englishWithGermanWord]);
    await prisma.offer.update({ where: { id: englishWithGermanWord }, data: { language: "de" } });
    expect((await searchOffers(params(q), { today })).items.map((i) => i.id)).toEqual([englishWithGermanWord]);
    expect((await searchOffersSql(params(q), { today })).items.map((i) => i.id)).toEqual([englishWithGermanWord]);
    await prisma.offer.update({ where: { id: englishWithGermanWord }, data: { language: "en" } });
    expect((await searchOffers(params(q), { today })).total).toBe(0);
  });

  it("ANDs the words of a query, each with its own stems", async () => {
    const q = "programmeringen test"; // Danish offer has "programmering" and "test"
    expect((await searchOffers(params(q), { today })).items.map((i) => i.id)).toEqual([ids.da]);
    expect((await searchOffers(params("programmeringen zebra"), { today })).total).toBe(0);
  });
});
