// The per-process search index (lib/server/services/offer-search/offer-index.ts) against oracles on
// random offers: the SQL implementation it replaced (searchOffersSql: totals, every facet count,
// every page in every order) and, for sort=match, rankOffers over every result. Then freshness:
// two engines stand for two server instances; a write through one service is seen by the other
// on its next search, through the change feed alone.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { MatchParticipant } from "@/lib/domain";
import { createSearchEngine, searchOffers, searchOffersSql, type OfferSearchResult } from "@/lib/server/services/offer-search/service";
import { MATCH_OFFER_SELECT, rankOffers } from "@/lib/server/services/matching";
import { closeOffer, publishOffer } from "@/lib/server/services/offers";
import { DURATION_BUCKETS, OFFER_SORTS, offerSearchSchema, REMOTE_VALUES, type OfferSearchParams } from "@/lib/validation/offer-search";
import { DOT_ACTIVITY_IDS } from "@/lib/domain/activities";
import { OFFER_AUDIENCES } from "@/lib/domain/offer-terms";
import { createHostOrganisation, createOffer } from "@/prisma/seed/factories";
import { rngFor } from "@/prisma/seed/prng";
import { asCurrentUser } from "./current-user";
import { resetDatabase } from "./reset";

const today = new Date(Date.UTC(2026, 10, 12));
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000);
const month = (offset: number) => new Date(Date.UTC(2026, 11 + offset, 1));

const WORDS = ["data", "python", "marketing", "design", "robot", "cloud", "security", "web", "developer", "analyst"];
const COUNTRIES = ["NL", "DE", "DK", "FR", "ES"];
const LANGUAGES = ["en", "nl", "de", "fr"];
const LEVELS = ["B1", "B2", "C1"] as const;

const student: MatchParticipant = {
  category: "HE_STUDENT",
  fieldOfEducation: "0613",
  institutionCountry: "BE",
  skills: ["Python", "SQL", "React", "Design"],
  languages: [
    { language: "en", level: "C1" },
    { language: "nl", level: "NATIVE" },
  ],
  graduationDate: null,
  selectedOn: null,
  previousMobilityMonths: 0,
  oneCycleProgramme: false,
};
const participant = student;
const staff: MatchParticipant = { ...student, category: "HE_STAFF" };

const ids = (r: OfferSearchResult) => r.items.map((i) => i.id);

const flags = (forStudents: boolean, forStaff: boolean, forVetLearners: boolean) => ({ forStudents, forStaff, forVetLearners });
// Students alone (the default) most often, as on the portal.
const AUDIENCES = [
  flags(true, false, false),
  flags(true, false, false),
  flags(false, true, false),
  flags(false, false, true),
  flags(true, true, false),
  flags(false, true, true),
  flags(true, true, true),
];

describe("the search index gives what the SQL search gives, on random offers", () => {
  const rng = rngFor("offer-search-index-oracle");
  const pick = <T>(xs: readonly T[]) => xs[rng.int(0, xs.length - 1)]!;

  beforeAll(async () => {
    await resetDatabase();
    const hosts = await Promise.all(
      COUNTRIES.map((country, i) => createHostOrganisation(prisma, { country, city: `City ${i}`, type: i === 4 ? "EU_INSTITUTION" : "COMPANY" })),
    );
    for (let i = 0; i < 140; i++) {
      const host = pick(hosts);
      const words = Array.from({ length: rng.int(1, 3) }, () => pick(WORDS));
      const min = rng.int(2, 6);
      const start = month(rng.int(0, 5));
      await createOffer(prisma, {
        hostId: host.id,
        title: `${words.join(" ")} trainee ${i}`,
        description: `We work on ${pick(WORDS)} and ${pick(WORDS)}.`,
        tasks: `Build ${pick(WORDS)} tools\nAnalyse ${pick(WORDS)} with Python`,
        requiredSkills: rng.chance(0.5) ? "Python\nSQL" : pick(["React", "Design", "Excel", ""]),
        // Few distinct values, so that sorts tie and the id must decide.
        workMode: pick(["ON_SITE", "HYBRID", "REMOTE"] as const),
        durationMinMonths: min,
        durationMaxMonths: min + rng.int(0, 6),
        earliestStart: start,
        latestEnd: new Date(start.getTime() + rng.int(90, 400) * 86_400_000),
        stipendCents: pick([null, 0, 40000, 60000, 60000]),
        applicationDeadline: day(rng.int(-10, 40)),
        publishedAt: day(-rng.int(0, 4)),
        status: pick(["PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "CLOSED"] as const),
        categories: Array.from({ length: rng.int(0, 2) }, () => pick(DOT_ACTIVITY_IDS)).filter((c, j, a) => a.indexOf(c) === j),
        languages: LANGUAGES.filter(() => rng.chance(0.4)).map((language) => ({ language, level: pick(LEVELS) })),
        // docs/domain.md §3a: who the offer is for (at least one group), and now and then a range in days.
        ...pick(AUDIENCES),
        ...(rng.chance(0.25) ? { durationMinDays: rng.int(2, 10), durationMaxDays: rng.int(10, 60) } : {}),
      });
    }
  });

  function randomParams(): OfferSearchParams {
    const raw: Record<string, string> = {};
    if (rng.chance(0.6)) raw.q = Array.from({ length: rng.int(1, 2) }, () => pick([...WORDS, "pyth", "zzz"])).join(" ");
    if (rng.chance(0.3)) raw.country = pick(COUNTRIES);
    if (rng.chance(0.3)) raw.category = pick(DOT_ACTIVITY_IDS);
    if (rng.chance(0.3)) raw.language = pick(LANGUAGES);
    if (rng.chance(0.3)) raw.for = pick(OFFER_AUDIENCES);
    if (rng.chance(0.3)) raw.remote = pick(Object.keys(REMOTE_VALUES));
    if (rng.chance(0.3)) raw.duration = pick(Object.keys(DURATION_BUCKETS));
    if (rng.chance(0.2)) raw.start = month(rng.int(0, 5)).toISOString().slice(0, 7);
    if (rng.chance(0.3)) raw.paid = pick(["yes", "no"]);
    if (rng.chance(0.6)) raw.sort = pick(OFFER_SORTS.filter((s) => s !== "match"));
    raw.page = String(rng.int(1, 3));
    raw.pageSize = String(pick([5, 20, 50]));
    return offerSearchSchema.parse(raw);
  }

  it("totals, every facet count and every page equal the SQL search's (150 random searches)", async () => {
    const engine = createSearchEngine();
    for (let i = 0; i < 150; i++) {
      const params = randomParams();
      const publishedAfter = rng.chance(0.1) ? day(-2) : undefined;
      const got = await searchOffers(params, { today, publishedAfter, engine });
      const want = await searchOffersSql(params, { today, publishedAfter });
      expect({ params, total: got.total, facets: got.facets, sort: got.sort }).toEqual({ params, total: want.total, facets: want.facets, sort: want.sort });
      expect({ params, ids: ids(got) }).toEqual({ params, ids: ids(want) });
    }
  });

  it("sort=match ranks every result exactly as rankOffers over all of them", async () => {
    const engine = createSearchEngine();
    for (let i = 0; i < 40; i++) {
      // Every other search by a staff member: the offers not for staff rank after the others.
      const participant = i % 2 ? student : staff;
      const params = { ...randomParams(), sort: "match" as const };
      const got = await searchOffers(params, { today, participant, engine });
      // Every result, in any order, then ranked by the domain's own function.
      const all = await searchOffersSql({ ...params, sort: "newest", page: 1 }, { today, pageSize: 10_000 });
      const rows = await prisma.offer.findMany({ where: { id: { in: ids(all) } }, select: MATCH_OFFER_SELECT });
      const ranked = rankOffers(participant, rows, today);
      const offset = (params.page - 1) * params.pageSize;
      const want = ranked.slice(offset, offset + params.pageSize);
      expect({ params, total: got.total, ranked: got.ranked }).toEqual({ params, total: all.total, ranked: all.total });
      expect({ params, ids: ids(got) }).toEqual({ params, ids: want.map((r) => r.row.id) });
      expect(got.items.map((item) => item.match)).toEqual(want.map((r) => r.match));
    }
  });
});

describe("freshness across instances (change feed)", () => {
  beforeEach(resetDatabase);

  async function companyWithOffers() {
    const host = await createHostOrganisation(prisma, { type: "COMPANY", user: true, country: "NL" });
    const user = asCurrentUser(host.users[0]!);
    const open = await createOffer(prisma, { hostId: host.id, title: "Zebrafish data trainee", applicationDeadline: day(20), publishedAt: day(-1) });
    const draft = await createOffer(prisma, {
      hostId: host.id,
      title: "Zebrafish lab trainee",
      applicationDeadline: day(20),
      status: "DRAFT",
      publishedAt: null,
    });
    return { host, user, open, draft };
  }

  it("an offer closed through the service disappears from the other instance's results on its next search", async () => {
    const { user, open } = await companyWithOffers();
    const a = createSearchEngine();
    const b = createSearchEngine();
    const q = offerSearchSchema.parse({ q: "zebrafish" });
    expect(ids(await searchOffers(q, { today, engine: a }))).toEqual([open.id]);
    expect(ids(await searchOffers(q, { today, engine: b }))).toEqual([open.id]);

    await closeOffer(user, open.id); // "through instance A"
    const seen = await searchOffers(q, { today, engine: b });
    expect(ids(seen)).toEqual([]);
    expect(seen.total).toBe(0);
    expect(seen.facets.country).toEqual([]);
    expect((await searchOffers(offerSearchSchema.parse({}), { today, engine: b })).total).toBe(0);
  });

  it("a published offer, a changed category and a host that may no longer host reach the other instance", async () => {
    const { host, user, open, draft } = await companyWithOffers();
    const b = createSearchEngine();
    const q = offerSearchSchema.parse({ q: "zebrafish" });
    expect((await searchOffers(q, { today, engine: b })).total).toBe(1);

    await publishOffer(user, draft.id, today);
    expect(ids(await searchOffers(q, { today, engine: b })).sort()).toEqual([open.id, draft.id].sort());

    await prisma.offerCategory.create({ data: { offerId: open.id, category: "robotics-ai" } });
    const robotics = await searchOffers(offerSearchSchema.parse({ q: "zebrafish", category: "robotics-ai" }), { today, engine: b });
    expect(ids(robotics)).toEqual([open.id]);

    const before = await searchOffers(offerSearchSchema.parse({ q: "zebrafish", sort: "match" }), { today, engine: b, participant });
    expect(before.items.map((i) => i.match?.reasons.some((r) => r.code === "host-type-not-eligible"))).toEqual([false, false]);
    await prisma.hostOrganisation.update({ where: { id: host.id }, data: { type: "EU_INSTITUTION" } });
    const after = await searchOffers(offerSearchSchema.parse({ q: "zebrafish", sort: "match" }), { today, engine: b, participant });
    expect(after.items.map((i) => i.match?.reasons.some((r) => r.code === "host-type-not-eligible"))).toEqual([true, true]);
    // The same as a fresh instance would say.
    const fresh = await searchOffers(offerSearchSchema.parse({ q: "zebrafish", sort: "match" }), { today, engine: createSearchEngine(), participant });
    expect(after).toEqual(fresh);
  });

  it("who an offer is for reaches the other instance: the facet, its counts and the match", async () => {
    const { open } = await companyWithOffers();
    const b = createSearchEngine();
    const forStaff = offerSearchSchema.parse({ q: "zebrafish", for: "staff" });
    const first = await searchOffers(forStaff, { today, engine: b });
    expect(first.total).toBe(0);
    expect(first.facets.for).toEqual([
      { value: "students", count: 1 },
      { value: "staff", count: 0 },
      { value: "vet", count: 0 },
    ]);

    await prisma.offer.update({ where: { id: open.id }, data: { forStaff: true, forStudents: false, durationMinDays: 5, durationMaxDays: 30 } });
    const after = await searchOffers(forStaff, { today, engine: b });
    expect(ids(after)).toEqual([open.id]);
    expect(after.facets.for).toEqual([
      { value: "students", count: 0 },
      { value: "staff", count: 1 },
      { value: "vet", count: 0 },
    ]);
    expect(after.items[0]).toMatchObject({ forStaff: true, forStudents: false, durationMinDays: 5, durationMaxDays: 30 });
    expect(after).toEqual(await searchOffersSql(forStaff, { today }));

    const ranked = await searchOffers(offerSearchSchema.parse({ q: "zebrafish", sort: "match" }), { today, engine: b, participant });
    expect(ranked.items[0]!.match).toMatchObject({ eligible: false, reasons: expect.arrayContaining([expect.objectContaining({ code: "not-for-group" })]) });
  });

  it("an instance that missed pruned changes (a gap in the feed) reloads everything", async () => {
    const { open, draft } = await companyWithOffers();
    const b = createSearchEngine();
    const q = offerSearchSchema.parse({ q: "zebrafish" });
    expect((await searchOffers(q, { today, engine: b })).total).toBe(1);
    await prisma.offer.update({ where: { id: open.id }, data: { status: "CLOSED" } });
    await prisma.offer.update({ where: { id: draft.id }, data: { title: "Zebrafish lab trainee (draft)" } });
    // As if the feed had pruned the first change (the closed offer's): only the draft's is left.
    const [row] = await prisma.$queryRaw<{ seq: number | bigint }[]>`SELECT MAX("seq") AS "seq" FROM "OfferSearchChange" WHERE "offerId" = ${open.id}`;
    await prisma.$executeRaw`DELETE FROM "OfferSearchChange" WHERE "seq" <= ${row!.seq}`;
    expect((await searchOffers(q, { today, engine: b })).total).toBe(0);
  });

  it("concurrent searches read the feed side by side, never queued behind each other's reads", async () => {
    await companyWithOffers();
    let inFlight = 0;
    let mostInFlight = 0;
    // The engine's client, with a slow change-feed read that counts how many run at once.
    const slowFeed = new Proxy(prisma, {
      get(target, key) {
        const value = Reflect.get(target, key) as unknown;
        if (key !== "$queryRaw" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return async (strings: TemplateStringsArray | { sql: string }, ...values: unknown[]) => {
          const text = Array.isArray(strings) ? strings.join("?") : (strings as { sql: string }).sql;
          if (!text.includes('MAX("seq")')) return value.call(target, strings, ...values);
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 20));
          try {
            return await value.call(target, strings, ...values);
          } finally {
            inFlight--;
          }
        };
      },
    });
    const engine = createSearchEngine(slowFeed);
    const q = offerSearchSchema.parse({ q: "zebrafish" });
    expect((await searchOffers(q, { today, engine })).total).toBe(1);
    mostInFlight = 0;
    const burst = await Promise.all(Array.from({ length: 30 }, () => searchOffers(q, { today, engine })));
    expect(burst.map((r) => r.total)).toEqual(Array(30).fill(1));
    // Queued one after another (a convoy: the last search waits for 29 reads) it would be 1.
    expect(mostInFlight).toBeGreaterThan(10);
  });
});
