// The offer search on the seeded database (run on SQLite and PostgreSQL): every result and count
// is checked against an independent oracle — a plain Prisma query, or for full text a scan in
// JavaScript — so the FTS index, the trigger-maintained search rows and the SQL agree with "Offer".
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/server/db";
import { getPublishedOffer, MATCH_CANDIDATES, searchOffers, type OfferSearchResult } from "@/lib/server/services/offer-search/service";
import { getMatchParticipant, MATCH_OFFER_SELECT, rankOffers } from "@/lib/server/services/matching";
import {
  DURATION_BUCKETS,
  FACET_KEYS,
  offerSearchSchema,
  REMOTE_VALUES,
  searchTerms,
  type FacetKey,
  type OfferSearchParams,
} from "@/lib/validation/offer-search";
import { seedDatabase } from "@/prisma/seed/index";
import { createHostOrganisation, createOffer } from "@/prisma/seed/factories";
import { GET as listOffers, PATCH as patchOffers } from "@/app/api/v1/offers/route";
import { GET as getOffer } from "@/app/api/v1/offers/[id]/route";
import { isStemLanguage, stemWord } from "@/lib/domain/search-stems";
import { resetDatabase } from "./reset";

const referenceDate = new Date(Date.UTC(2026, 10, 1));
const today = new Date(Date.UTC(2026, 10, 12));
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);

const params = (input: Record<string, string> = {}): OfferSearchParams => offerSearchSchema.parse(input);
const search = (input: Record<string, string> = {}, options: { publishedAfter?: Date; pageSize?: number } = {}) =>
  searchOffers(params(input), { today, ...options });

/** Every id of a search, through all pages of 50. */
async function allIds(input: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const r = await search({ ...input, page: String(page), pageSize: "50" });
    ids.push(...r.items.map((i) => i.id));
    if (r.items.length < 50) return ids;
  }
}

const OPEN: Prisma.OfferWhereInput = { status: "PUBLISHED", applicationDeadline: { gte: today } };

/** The same filters as a plain Prisma where (the oracle). */
function oracleWhere(p: Partial<OfferSearchParams>): Prisma.OfferWhereInput {
  const and: Prisma.OfferWhereInput[] = [OPEN];
  if (p.country) and.push({ country: p.country });
  if (p.category) and.push({ categories: { some: { category: p.category } } });
  if (p.language) and.push({ languages: { some: { language: p.language } } });
  if (p.remote) and.push({ workMode: REMOTE_VALUES[p.remote] });
  // docs/domain.md §3a: the offer is for this group (among others, maybe).
  if (p.for) and.push({ [{ students: "forStudents", staff: "forStaff", vet: "forVetLearners" }[p.for]]: true });
  if (p.duration) {
    const [lo, hi] = DURATION_BUCKETS[p.duration];
    and.push({ durationMinMonths: { lte: hi }, durationMaxMonths: { gte: lo } });
  }
  if (p.start) {
    const [y, m] = p.start.split("-").map(Number) as [number, number];
    and.push({ earliestStart: { gte: new Date(Date.UTC(y, m - 1, 1)), lt: new Date(Date.UTC(y, m, 1)) } });
  }
  if (p.paid === "yes") and.push({ stipendCents: { gt: 0 } });
  if (p.paid === "no") and.push({ OR: [{ stipendCents: null }, { stipendCents: 0 }] });
  return { AND: and };
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Offers whose title, description or tasks contain every term (3+ letters: as a word prefix), or
 * for an offer written in a language with stems (lib/domain/search-stems.ts), the term's stem in
 * that language as a word prefix.
 */
async function textOracle(q: string): Promise<string[]> {
  const terms = searchTerms(q);
  const rows = await prisma.offer.findMany({ where: OPEN, select: { id: true, title: true, description: true, tasks: true, language: true } });
  return rows
    .filter((o) => {
      const words = fold(`${o.title} ${o.description} ${o.tasks}`).match(/[\p{L}\p{N}]+/gu) ?? [];
      const language = o.language;
      return terms.every((term) => {
        const t = fold(term);
        const stem = isStemLanguage(language) ? fold(stemWord(term, language)) : t;
        return words.some((w) => (t.length >= 3 ? w.startsWith(t) : w === t) || (stem !== t && w.startsWith(stem)));
      });
    })
    .map((o) => o.id);
}

const countOf = (result: OfferSearchResult, facet: FacetKey, value: string) => result.facets[facet].find((c) => c.value === value)?.count ?? 0;

let zebraTitle: string;
let zebraTasks: string;
let zebraDraft: string;

beforeAll(async () => {
  await resetDatabase();
  await seedDatabase(prisma, { referenceDate, log: false });
  // A word the seed never uses, on offers that must and must not be found.
  const host = await createHostOrganisation(prisma, { country: "MT", city: "Valletta" });
  const common = { hostId: host.id, referenceDate, applicationDeadline: day(30), publishedAt: day(-2) };
  zebraTitle = (await createOffer(prisma, { ...common, title: "Zebrafish imaging software trainee" })).id;
  zebraTasks = (
    await createOffer(prisma, {
      ...common,
      title: "Research software trainee",
      tasks: "Develop analysis pipelines in Python for zebrafish imaging data.\nWrite tests.",
    })
  ).id;
  zebraDraft = (await createOffer(prisma, { ...common, title: "Zebrafish draft", status: "DRAFT", publishedAt: null })).id;
  await createOffer(prisma, { ...common, title: "Zebrafish closed", status: "CLOSED" });
  await createOffer(prisma, { ...common, title: "Zebrafish expired", applicationDeadline: day(-1) });
}, 180_000);

describe("searchOffers on the seeded database", () => {
  it("lists exactly the published offers whose deadline has not passed, newest first", async () => {
    const expected = await prisma.offer.findMany({ where: OPEN, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], select: { id: true } });
    expect(expected.length).toBeGreaterThan(100);
    expect(await allIds()).toEqual(expected.map((o) => o.id));
    const first = await search();
    expect(first).toMatchObject({ total: expected.length, page: 1, pageSize: 20, sort: "newest" });
    expect(first.items).toHaveLength(20);
  });

  it.each([
    ["developer"],
    ["data analyst"],
    ["développeur"],
    ["developpeur"], // accents folded
    ["DÉVELOPPEUR"],
    ["udvikling"], // Danish
    ["softwareudvikling python"],
    ["datos"], // Spanish
    ["ontwikkelen"], // Dutch
    ["entwickler"], // German, as a prefix of "Entwicklerin"
    ["c#"],
    ["power bi"],
    ["zebrafish"],
  ])("full text %j finds exactly the offers containing every word", async (q) => {
    const found = await allIds({ q });
    const expected = await textOracle(q);
    expect(expected.length, `the seed should have offers for ${q}`).toBeGreaterThan(0);
    expect([...found].sort()).toEqual([...expected].sort());
  });

  it("ranks a match in the title above a match in the tasks, and never lists drafts, closed or expired offers", async () => {
    const r = await search({ q: "zebrafish" });
    expect(r.sort).toBe("relevance");
    expect(r.items.map((i) => i.id)).toEqual([zebraTitle, zebraTasks]);
    expect(r.total).toBe(2);
  });

  it.each([
    ['"'],
    ['"unbalanced'],
    ["*"],
    ["-"],
    ["data AND"],
    ["OR"],
    ["NOT data"],
    ["(data"],
    ["data)"],
    ["title:data"],
    ["NEAR(data python)"],
    ["^data"],
    ["'"],
    ["\\"],
    ["%"],
    ["_"],
    ['\'; DROP TABLE "Offer"; --'],
    ["a & b | !c <-> d"],
    ["data:*"],
    ["{data}"],
    ["\u0301"],
    ["🦓 data"],
    ["x".repeat(200)],
    ["AND OR NOT"],
  ])("hostile query %j is never a syntax error", async (q) => {
    const r = await search({ q });
    expect(r.total).toBeGreaterThanOrEqual(0);
    if (searchTerms(q).length === 0) expect(r.total).toBe(await prisma.offer.count({ where: OPEN }));
    else expect(r.total).toBe((await textOracle(q)).length);
  });

  it("filters by each facet exactly like the oracle", async () => {
    const all = await search();
    for (const facet of FACET_KEYS) {
      expect(all.facets[facet].length, facet).toBeGreaterThan(0);
      for (const { value, count } of all.facets[facet]) {
        const p = params({ [facet]: value });
        const expected = await prisma.offer.count({ where: oracleWhere(p) });
        expect(count, `${facet}=${value}`).toBe(expected);
        const r = await searchOffers(p, { today });
        expect(r.total, `${facet}=${value}`).toBe(expected);
      }
    }
  });

  it("counts each facet's values with the other active filters kept and its own left out", async () => {
    const active = { q: "data", country: "NL", remote: "hybrid", paid: "yes" };
    const r = await search(active);
    expect(r.total).toBeGreaterThan(0);
    const matching = new Set(await textOracle("data"));
    const oracle = async (p: Partial<OfferSearchParams>) =>
      (await prisma.offer.findMany({ where: oracleWhere(p), select: { id: true } })).filter((o) => matching.has(o.id)).length;
    expect(r.total).toBe(await oracle(params(active)));
    for (const facet of FACET_KEYS) {
      const others = params({ ...active, [facet]: "" });
      const values = facet === "country" ? ["NL", "DE", "BE", "DK"] : r.facets[facet].map((c) => c.value);
      for (const value of values) expect(countOf(r, facet, value), `${facet}=${value}`).toBe(await oracle({ ...others, [facet]: value }));
    }
    // The country facet still offers the other countries; the remote facet still offers on-site.
    expect(r.facets.country.length).toBeGreaterThan(1);
    expect(r.facets.remote.map((c) => c.value)).toEqual(["on-site", "hybrid", "remote"]);
  });

  it("sorts by deadline, stipend, duration and newest", async () => {
    const rows = async (sort: string) => (await search({ sort, pageSize: "50" })).items;
    const deadlines = (await rows("deadline")).map((i) => i.applicationDeadline.getTime());
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    const stipends = (await rows("stipend")).map((i) => i.stipendCents ?? 0);
    expect(stipends).toEqual([...stipends].sort((a, b) => b - a));
    const durations = (await rows("duration")).map((i) => i.durationMinMonths);
    expect(durations).toEqual([...durations].sort((a, b) => a - b));
    const newest = (await rows("newest")).map((i) => i.publishedAt?.getTime() ?? 0);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
  });

  it("paginates without overlap; a page past the end is empty but keeps the total", async () => {
    const [one, two] = [await search({ page: "1" }), await search({ page: "2" })];
    expect(two.items).toHaveLength(20);
    expect(one.items.map((i) => i.id).filter((id) => two.items.some((j) => j.id === id))).toEqual([]);
    const beyond = await search({ page: String(Math.ceil(one.total / 20) + 1) });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(one.total);
  });

  it("returns the card fields: host name, categories in list order, languages with CEFR level", async () => {
    const r = await search({ q: "zebrafish" });
    expect(r.items[0]).toMatchObject({
      id: zebraTitle,
      hostName: expect.any(String),
      country: "MT",
      city: "Valletta",
      categories: ["software-development"],
      languages: [{ language: "en", level: "B2" }],
      workMode: "HYBRID",
      stipendCents: 60000,
    });
  });

  it("follows edits through the triggers: new words, closing, categories, languages, dates", async () => {
    const offer = await createOffer(prisma, {
      title: "Quokka census platform developer",
      referenceDate,
      applicationDeadline: day(20),
      categories: ["data-analytics"],
      languages: [{ language: "fi", level: "B1" }],
    });
    expect((await search({ q: "quokka" })).items.map((i) => i.id)).toEqual([offer.id]);

    await prisma.offer.update({ where: { id: offer.id }, data: { title: "Wombat census platform developer" } });
    expect((await search({ q: "quokka" })).total).toBe(0);
    expect((await search({ q: "wombat" })).items.map((i) => i.id)).toEqual([offer.id]);

    await prisma.offerCategory.create({ data: { offerId: offer.id, category: "robotics-ai" } });
    await prisma.offerLanguage.deleteMany({ where: { offerId: offer.id } });
    const r = await search({ q: "wombat" });
    expect(r.items[0]?.categories).toEqual(["data-analytics", "robotics-ai"]);
    expect(countOf(r, "category", "robotics-ai")).toBe(1);
    expect(r.facets.language).toEqual([]);

    await prisma.offer.update({ where: { id: offer.id }, data: { earliestStart: new Date(Date.UTC(2027, 5, 1)), workMode: "REMOTE" } });
    expect((await search({ q: "wombat", start: "2027-06", remote: "remote" })).total).toBe(1);

    await prisma.offer.update({ where: { id: offer.id }, data: { status: "CLOSED" } });
    expect((await search({ q: "wombat" })).total).toBe(0);
    await prisma.offerCategory.deleteMany({ where: { offerId: offer.id } });
    await prisma.offer.delete({ where: { id: offer.id } });
    expect((await search({ q: "wombat" })).total).toBe(0);
  });

  it("publishedAfter keeps only offers published since (saved-search alerts)", async () => {
    const since = day(-3);
    const r = await search({}, { publishedAfter: since, pageSize: 50 });
    const expected = await prisma.offer.count({ where: { ...OPEN, publishedAt: { gt: since } } });
    expect(r.total).toBe(expected);
    expect(r.items.every((i) => (i.publishedAt?.getTime() ?? 0) > since.getTime())).toBe(true);
  });

  it("getPublishedOffer returns published offers only", async () => {
    expect(await getPublishedOffer(zebraTitle)).toMatchObject({ id: zebraTitle, title: "Zebrafish imaging software trainee", hostName: expect.any(String) });
    expect(await getPublishedOffer(zebraDraft)).toBeNull();
    expect(await getPublishedOffer("no-such-offer")).toBeNull();
  });
});

describe("ranking by match for a signed-in participant", () => {
  it("gives every card the participant's match, and sort=match ranks the results as rankOffers does", async () => {
    const student = await prisma.user.findUniqueOrThrow({ where: { email: "student@demo.dot-portal.eu" } });
    const participant = await getMatchParticipant(student.id);
    expect(participant).not.toBeNull();

    const plain = await searchOffers(params(), { today, participant });
    expect(plain.sort).toBe("newest");
    expect(plain.items.every((i) => i.match && i.match.score >= 0 && i.match.score <= 100)).toBe(true);

    const rows = await prisma.offer.findMany({ where: OPEN, select: MATCH_OFFER_SELECT });
    expect(rows.length).toBeLessThanOrEqual(MATCH_CANDIDATES); // the seed is small enough to rank whole
    const expected = rankOffers(participant!, rows, today).map((r) => r.row.id);
    const first = await searchOffers(params({ sort: "match", pageSize: "50" }), { today, participant });
    const second = await searchOffers(params({ sort: "match", pageSize: "50", page: "2" }), { today, participant });
    expect(first).toMatchObject({ sort: "match", ranked: rows.length, total: rows.length });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(expected.slice(0, 100));
    expect(first.items[0]?.match?.eligible).toBe(true);

    // Filters still apply before ranking.
    const nl = await searchOffers(params({ sort: "match", country: "NL" }), { today, participant });
    expect(nl.items.every((i) => i.country === "NL")).toBe(true);
    expect(nl.ranked).toBe(nl.total);
  });

  it("without a participant, sort=match falls back to the default order and no card has a match", async () => {
    const r = await search({ sort: "match", q: "data" });
    expect(r.sort).toBe("relevance");
    expect(r.items.some((i) => i.match)).toBe(false);
    expect(r.ranked).toBeUndefined();
  });
});

describe("GET /api/v1/offers", () => {
  const context = { params: Promise.resolve({}) };
  const get = (query: string) => listOffers(new Request(`http://localhost/api/v1/offers${query}`), context);

  it("answers the search as JSON with the documented item shape and facets", async () => {
    // The API uses the real date: give one offer a deadline far ahead so it is listed.
    await prisma.offer.update({ where: { id: zebraTitle }, data: { applicationDeadline: new Date(Date.UTC(2099, 0, 31)) } });
    const res = await get("?q=zebrafish&country=MT");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["facets", "items", "page", "total"]);
    expect(body.total).toBe(body.items.length);
    expect(body.items.find((i: { id: string }) => i.id === zebraTitle)).toEqual({
      id: zebraTitle,
      title: "Zebrafish imaging software trainee",
      hostName: expect.any(String),
      country: "MT",
      city: "Valletta",
      categories: ["software-development"],
      languages: [{ language: "en", level: "B2" }],
      for: ["students"],
      durationMonths: { min: 3, max: 6 },
      durationDays: null,
      remote: "hybrid",
      stipendPerMonth: 600,
      deadline: "2099-01-31",
    });
    expect(Object.keys(body.facets).sort()).toEqual([...FACET_KEYS].sort());
    expect(body.facets.country).toContainEqual({ value: "MT", count: body.total });
  });

  it.each([
    ["?country=XX", "country"],
    ["?category=blockchain", "category"],
    ["?page=0", "page"],
    ["?remote=ON_SITE&page=0", "remote"],
    ["?for=teachers", "for"],
    ["?sort=match", "sort"],
    ["?pageSize=500", "pageSize"],
  ])("%s → 400 naming %s", async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.message).toContain(field);
    expect(body.error.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(body.error.issues.every((i: { message: string }) => !i.message.startsWith("search."))).toBe(true);
  });

  it("filters by who the offer is for (for=staff) with its facet counts", async () => {
    await prisma.offer.update({
      where: { id: zebraTasks },
      data: { applicationDeadline: new Date(Date.UTC(2099, 0, 31)), forStaff: true, forStudents: false, durationMinDays: 5, durationMaxDays: 30 },
    });
    const res = await get("?q=zebrafish&for=staff");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([zebraTasks]);
    expect(body.items[0]).toMatchObject({ for: ["staff"], durationDays: { min: 5, max: 30 } });
    expect(body.facets.for).toEqual([
      { value: "students", count: 1 },
      { value: "staff", count: 1 },
      { value: "vet", count: 0 },
    ]);
  });

  it("GET /api/v1/offers/{id}: a published offer, 404 for drafts and unknown ids, 405 for other methods", async () => {
    const one = await getOffer(new Request(`http://localhost/api/v1/offers/${zebraTitle}`), { params: Promise.resolve({ id: zebraTitle }) });
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      id: zebraTitle,
      remote: "hybrid",
      writtenIn: "en",
      tasks: expect.arrayContaining([expect.any(String)]),
      places: 1,
    });
    for (const id of [zebraDraft, "nope"]) {
      const res = await getOffer(new Request(`http://localhost/api/v1/offers/${id}`), { params: Promise.resolve({ id }) });
      expect(res.status).toBe(404);
    }
    // POST now creates an offer (tests/integration/offer-api.test.ts); PATCH stays refused.
    const patch = await patchOffers();
    expect(patch.status).toBe(405);
  });
});
