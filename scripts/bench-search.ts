// Times the offer search in a database of its own (never dev.db):
//   npx tsx --expose-gc --conditions=react-server scripts/bench-search.ts                          # SQLite, 100k offers
//   DB_PROVIDER=postgresql npx tsx --expose-gc --conditions=react-server scripts/bench-search.ts   # PostgreSQL, 100k offers
//   BENCH_OFFERS=10000 … (10k: test-results/bench-search-10000.db / dot_bench_search_10000); BENCH_OFFERS=1000000 on
//   PostgreSQL (the first 100k inserted from Node, then copied 9 times by the server: copyOffers)
// The 100k databases are test-results/bench-search.db and dot_bench_search (BENCH_DB=name: another); BENCH_REUSE=1 keeps an
// existing bench database that already holds that many offers (skips the minutes of inserting).
// Per run (BENCH_RUNS, default 3): p50/p95/max of the search (210 searches), of the ranking path
// (the same searches by a participant with sort=match), and of the reference measured in the same
// run — the full-text index alone (every match's id for the words of the searches with words) —
// with the ratio search p95 / reference p95; then min/median/max over the runs. Also the index's
// load time and heap, the first (cold) match ranking, and once the SQL implementation it
// replaced (searchOffersSql; BENCH_LEGACY=0 skips it). BENCH_INSERT_ONLY=1 only fills the database
// (time it: `time BENCH_OFFERS=1000000 BENCH_INSERT_ONLY=1 DB_PROVIDER=postgresql npx tsx …`). Not part of `npm test`.
import { isoDate } from "@/lib/domain/dates";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Prisma } from "@/generated/prisma/client";
import { recreateDatabase } from "../tests/integration/migrate";
import { hostData } from "../prisma/seed/build/host";
import { addDays, firstOfCurrentMonthUtc, monthStart, periodEnd, startOfUtcDay } from "../prisma/seed/dates";
import { HOSTS } from "../prisma/seed/data/hosts";
import { OFFER_TEXTS, type OfferText } from "../prisma/seed/data/offers";
import { TYPICAL_STIPEND_EUR } from "../prisma/seed/data/stipends";
import { rngFor } from "../prisma/seed/prng";
import { DOT_ACTIVITY_IDS } from "../lib/domain/activities";
import { DURATION_BUCKETS, OFFER_SORTS, REMOTE_VALUES, offerSearchSchema, searchTerms, type OfferSearchParams } from "../lib/validation/offer-search";
import type { MatchParticipant } from "../lib/domain";

const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const OFFERS = Number(process.env.BENCH_OFFERS ?? 100_000);
const HOST_COUNT = 2_000;
const BATCH = 2_000;

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function benchUrl(): string {
  const suffix = OFFERS === 100_000 ? "" : `-${OFFERS}`;
  // BENCH_DB=name: a database of its own (test-results/name.db / name), e.g. for a run beside another's.
  const own = process.env.BENCH_DB;
  if (provider === "sqlite") return `file:${path.resolve(`test-results/${own ?? `bench-search${suffix}`}.db`)}`;
  const u = new URL(process.env.DATABASE_URL ?? "postgresql://dot:dot@127.0.0.1:5432/dot");
  u.pathname = `/${own ?? `dot_bench_search${suffix.replace("-", "_")}`}`;
  return u.toString();
}

// Must be set before lib/server/db is imported (dynamic imports below).
const url = benchUrl();
process.env.DATABASE_URL = url;
process.env.DB_PROVIDER = provider;

// Loaded in main(), after DATABASE_URL points at the bench database (the client reads it once).
let prisma: typeof import("../lib/server/db").prisma;
let search: typeof import("../lib/server/services/offer-search/service");
let dialect: typeof import("../lib/server/services/offer-search/dialect").dialect;

const today = startOfUtcDay(new Date());
const reference = firstOfCurrentMonthUtc();

function fill(template: string, host: { legalName: string; city: string }) {
  return template.replaceAll("{host}", host.legalName).replaceAll("{city}", host.city);
}

const textsByLanguage = new Map<string, OfferText[]>();
for (const t of OFFER_TEXTS) textsByLanguage.set(t.language, [...(textsByLanguage.get(t.language) ?? []), t]);

async function insertData() {
  console.log(`Creating ${provider} database ${url.replace(/\/\/[^@]*@/, "//")} …`);
  await recreateDatabase(url);
  const started = performance.now();
  const eligibleHosts = HOSTS.filter((h) => h.type === "COMPANY" || h.type === "NGO" || h.type === "RESEARCH");
  const hosts = Array.from({ length: HOST_COUNT }, (_, i) => {
    const base = eligibleHosts[i % eligibleHosts.length]!;
    const id = `bench-host-${String(i).padStart(4, "0")}`;
    return hostData({
      id,
      legalName: `${base.legalName.replace(/ (B\.V\.|GmbH|ApS|S\.L\.|SAS|SARL|Ltd|AB|Oy|A\/S)$/, "")} ${i + 1}`,
      type: base.type,
      country: base.country,
      city: base.city,
      description: base.description,
      naceSection: base.naceSection,
    });
  });
  await prisma.hostOrganisation.createMany({ data: hosts });

  // PostgreSQL beyond 100k: the first 100k from Node, the rest copied by the server (below).
  const fromNode = provider === "postgresql" ? Math.min(OFFERS, 100_000) : OFFERS;
  for (let from = 0; from < fromNode; from += BATCH) {
    const offers: Prisma.OfferCreateManyInput[] = [];
    const categories: Prisma.OfferCategoryCreateManyInput[] = [];
    const languages: Prisma.OfferLanguageCreateManyInput[] = [];
    for (let i = from; i < Math.min(OFFERS, from + BATCH); i++) {
      const id = `bench-offer-${String(i).padStart(6, "0")}`;
      const rng = rngFor(id);
      const host = rng.pick(hosts);
      const text = rng.pick(OFFER_TEXTS);
      // Mix in tasks of another offer in the same language, so no two offers read alike.
      const other = rng.pick(textsByLanguage.get(text.language) ?? [text]);
      const tasks = rng.shuffle([...text.tasks, ...rng.shuffle(other.tasks).slice(0, 2)]).slice(0, rng.int(3, 6));
      const [typicalMin, typicalMax] = text.months ?? [3, 6];
      const durationMinMonths = Math.max(2, typicalMin - rng.int(0, 1));
      const durationMaxMonths = Math.min(12, Math.max(durationMinMonths, typicalMax + rng.int(0, 3)));
      const earliestStart = monthStart(reference, rng.int(1, 9));
      // 1 in 12 has a deadline that has passed (still PUBLISHED: the host has not closed it yet).
      const applicationDeadline = rng.chance(1 / 12) ? addDays(today, -rng.int(1, 60)) : addDays(earliestStart, -rng.int(7, 30));
      const typical = TYPICAL_STIPEND_EUR[host.country] ?? 500;
      offers.push({
        id,
        hostId: host.id!,
        title: text.title,
        description: fill(text.description, { legalName: host.legalName, city: host.city }),
        tasks: tasks.join("\n"),
        language: text.language,
        country: host.country,
        city: host.city,
        workMode:
          text.workMode ??
          rng.pickWeighted([
            ["ON_SITE", 4],
            ["HYBRID", 5],
            ["REMOTE", 1],
          ] as const),
        durationMinMonths,
        durationMaxMonths,
        earliestStart,
        latestEnd: periodEnd(earliestStart, durationMaxMonths + rng.int(0, 4)),
        stipendCents: rng.chance(0.15) ? null : Math.round((typical * (0.85 + rng.next() * 0.4)) / 50) * 5000,
        places: rng.int(1, 3),
        applicationDeadline,
        status: "PUBLISHED",
        requiredSkills: text.skills.join("\n"),
        dotQualifies: true,
        publishedAt: addDays(today, -rng.int(0, 120)),
      });
      const declared = text.categories.length ? text.categories : [rng.pick(DOT_ACTIVITY_IDS)];
      for (const category of declared) categories.push({ offerId: id, category });
      for (const [language, level] of text.languages) languages.push({ offerId: id, language, level });
    }
    await prisma.offer.createMany({ data: offers });
    await prisma.offerCategory.createMany({ data: categories });
    await prisma.offerLanguage.createMany({ data: languages });
    process.stdout.write(`\r  ${Math.min(fromNode, from + BATCH)} offers`);
  }
  await copyAll(fromNode);
  if (provider === "postgresql") await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
  else await prisma.$executeRawUnsafe(`ANALYZE`);
  console.log(`\nInserted ${OFFERS} offers at ${HOST_COUNT} hosts in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function copyAll(base: number) {
  for (let copy = 1; copy * base < OFFERS; copy++) await copyOffers(copy, Math.min(base, OFFERS - copy * base));
}

/**
 * PostgreSQL, 1M offers: one more copy of the first `count` offers (ids "<id>-<copy>", with their
 * categories and languages), inserted by the server itself — the triggers run as for any insert.
 */
async function copyOffers(copy: number, count: number) {
  const t0 = performance.now();
  const columns = (
    await prisma.$queryRaw<{ c: string }[]>`SELECT column_name::text AS "c" FROM information_schema.columns WHERE table_name = 'Offer' AND column_name <> 'id'`
  ).map((r) => `"${r.c}"`);
  const list = columns.join(", ");
  const originals = `"id" ~ '^bench-offer-[0-9]{6}$' AND "id" < 'bench-offer-${String(count).padStart(6, "0")}'`;
  await prisma.$executeRawUnsafe(`INSERT INTO "Offer" ("id", ${list}) SELECT "id" || '-${copy}', ${list} FROM "Offer" WHERE ${originals}`);
  const children = originals.replaceAll('"id"', '"offerId"');
  await prisma.$executeRawUnsafe(
    `INSERT INTO "OfferCategory" ("offerId", "category") SELECT "offerId" || '-${copy}', "category" FROM "OfferCategory" WHERE ${children}`,
  );
  await prisma.$executeRawUnsafe(
    `INSERT INTO "OfferLanguage" ("offerId", "language", "level") SELECT "offerId" || '-${copy}', "language", "level" FROM "OfferLanguage" WHERE ${children}`,
  );
  console.log(`\n  copy ${copy}: ${count} more offers in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** The fixed mixed workload: the same 210 searches on every run (seeded PRNG). */
function workload(): { label: string; params: OfferSearchParams }[] {
  const rng = rngFor("bench-search-workload");
  const words = [
    "developer",
    "data",
    "python",
    "marketing",
    "cybersecurity",
    "react typescript",
    "power bi",
    "développeur",
    "udvikler",
    "datos",
    "ontwikkelaar",
    "machine learning",
    "seo",
    "robot",
    "cloud",
    "design",
    "ux",
    "sql",
    "java",
    "security",
    "analyse",
    "entwickler",
    "web",
    "mobile app",
    "dashboards",
    "kubernetes",
    "social media",
    "netwerk",
    "données",
    "künstliche intelligenz",
    "C#",
    "front-end",
    '"api" -test',
    "AND OR NOT",
    "ingeniero de datos",
  ];
  const countries = [...new Set(HOSTS.map((h) => h.country))];
  const months = Array.from({ length: 9 }, (_, i) =>
    monthStart(reference, i + 1)
      .toISOString()
      .slice(0, 7),
  );
  const facet = (): Record<string, string> => {
    switch (rng.int(0, 6)) {
      case 0:
        return { country: rng.pick(countries) };
      case 1:
        return { category: rng.pick(DOT_ACTIVITY_IDS) };
      case 2:
        return { language: rng.pick(["en", "nl", "da", "de", "fr", "es"]) };
      case 3:
        return { remote: rng.pick(Object.keys(REMOTE_VALUES)) };
      case 4:
        return { duration: rng.pick(Object.keys(DURATION_BUCKETS)) };
      case 5:
        return { start: rng.pick(months) };
      default:
        return { paid: rng.pick(["yes", "no"]) };
    }
  };
  const sorts = OFFER_SORTS.filter((s) => s !== "match" && s !== "relevance");
  const out: { label: string; params: Record<string, string> }[] = [];
  for (let i = 0; i < 10; i++) out.push({ label: "landing page", params: {} });
  for (let i = 0; i < 50; i++) out.push({ label: "q only", params: { q: rng.pick(words) } });
  for (let i = 0; i < 50; i++) out.push({ label: "facets only", params: Object.assign({}, ...Array.from({ length: rng.int(1, 3) }, facet)) });
  for (let i = 0; i < 50; i++) out.push({ label: "q + 2 facets", params: { q: rng.pick(words), ...facet(), ...facet() } });
  for (let i = 0; i < 30; i++) out.push({ label: "sorted", params: { ...(rng.chance(0.5) ? { q: rng.pick(words) } : facet()), sort: rng.pick(sorts) } });
  for (let i = 0; i < 20; i++)
    out.push({ label: "deep page", params: { ...(rng.chance(0.5) ? { q: rng.pick(["data", "developer", "web"]) } : {}), page: String(rng.int(20, 400)) } });
  return out.map(({ label, params }) => ({ label, params: offerSearchSchema.parse(params) }));
}

function percentile(ms: readonly number[], p: number) {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function stats(ms: number[]) {
  return `p50 ${percentile(ms, 50).toFixed(1)} ms, p95 ${percentile(ms, 95).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (n=${ms.length})`;
}

/** min / median / max of one figure over the runs. */
function spread(values: number[]) {
  if (!values.length) return "–";
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]!.toFixed(1)} / ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} / ${sorted[sorted.length - 1]!.toFixed(1)}`;
}

/** A Belgian computer-science student (what getMatchParticipant returns for a profile). */
const participant: MatchParticipant = {
  category: "HE_STUDENT",
  fieldOfEducation: "0613",
  institutionCountry: "BE",
  skills: ["Python", "SQL", "React", "TypeScript", "Git", "Power BI"],
  languages: [
    { language: "nl", level: "NATIVE" },
    { language: "en", level: "C1" },
    { language: "fr", level: "B1" },
  ],
  graduationDate: null,
  selectedOn: null,
  previousMobilityMonths: 0,
  oneCycleProgramme: false,
};

/** The ranking path: the same searches by a signed-in participant with sort=match. */
function rankingWorkload(queries: { label: string; params: OfferSearchParams }[]) {
  return queries
    .filter((_, i) => i % 2 === 0)
    .map(({ label, params }) => ({ label, params: { ...params, sort: "match" as const, page: Math.min(params.page, 5) } }));
}

type Search = (params: OfferSearchParams, as: MatchParticipant | null) => Promise<unknown>;

async function timeAll(
  queries: { label: string; params: OfferSearchParams }[],
  as: MatchParticipant | null = null,
  run: Search = (params, p) => search.searchOffers(params, { today, participant: p }),
) {
  const byLabel = new Map<string, number[]>();
  const all: number[] = [];
  // CPU time of this process per search: on a shared machine the wall time includes waiting for a
  // core; the CPU time does not (on SQLite it covers the database work too, on PostgreSQL not).
  const cpu: number[] = [];
  for (const { label, params } of queries) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run(params, as);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    all.push(ms);
    byLabel.set(label, [...(byLabel.get(label) ?? []), ms]);
  }
  return { all, byLabel, cpu };
}

/** The reference: the full-text index alone, every match's id (what the engine cannot do without). */
async function timeReference(queries: { label: string; params: OfferSearchParams }[]) {
  const all: number[] = [];
  for (const { params } of queries) {
    const terms = searchTerms(params.q);
    if (!terms.length) continue;
    const t0 = performance.now();
    await prisma.$queryRaw(dialect.hits(terms, false));
    all.push(performance.now() - t0);
  }
  return all;
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function main() {
  // The generated Prisma client is provider-specific (as in scripts/lib.mjs ensureClientFor).
  const marker = "generated/prisma/.provider";
  if (!existsSync(marker) || readFileSync(marker, "utf8").trim() !== provider) {
    spawnSync(process.execPath, ["scripts/prisma.mjs", "generate"], { stdio: "inherit", env: { ...process.env, DB_PROVIDER: provider } });
  }
  ({ prisma } = await import("../lib/server/db"));
  search = await import("../lib/server/services/offer-search/service");
  ({ dialect } = await import("../lib/server/services/offer-search/dialect"));
  const existing = process.env.BENCH_REUSE ? await prisma.offer.count().catch(() => 0) : 0;
  if (existing >= OFFERS) console.log(`Reusing ${existing} offers in ${url.replace(/\/\/[^@]*@/, "//")}`);
  else if (provider === "postgresql" && existing === 100_000) {
    // The first 100k of a 1M database are there (an interrupted fill): only the server-side copies.
    const t0 = performance.now();
    await copyAll(existing);
    await prisma.$executeRawUnsafe(`VACUUM ANALYZE`);
    console.log(`Copied up to ${OFFERS} offers in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } else await insertData();
  if (process.env.BENCH_INSERT_ONLY) return prisma.$disconnect();

  const queries = workload();
  const ranking = rankingWorkload(queries);
  const engine = search.offerSearchEngine();
  const heapBefore = heapMb();
  let t0 = performance.now();
  await engine.index.refresh();
  const loadMs = performance.now() - t0;
  const heapIndex = heapMb() - heapBefore;
  // BENCH_RANKING=0 (1M offers): the search alone; the match inputs of 1M offers would need ~1.6 GB of heap.
  const withRanking = process.env.BENCH_RANKING !== "0";
  if (!withRanking) ranking.length = 0;
  t0 = performance.now();
  if (withRanking) await search.searchOffers(ranking[0]!.params, { today, participant });
  const firstMatchMs = performance.now() - t0;
  const heapAll = heapMb() - heapBefore;
  t0 = performance.now();
  if (withRanking) await search.searchOffers(ranking[1]!.params, { today, participant: { ...participant, skills: ["Excel", "Figma"] } });
  const coldParticipantMs = performance.now() - t0;
  await timeAll(queries.slice(0, 20)); // warm-up: caches, JIT, prepared statements
  await timeReference(queries.slice(0, 20));

  const open = await prisma.offer.count({ where: { status: "PUBLISHED", applicationDeadline: { gte: today } } });
  console.log(`\nOffer search on ${provider}, ${OFFERS} published offers (${open} still open), ${queries.length} searches, ${RUNS} runs`);
  console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, Node ${process.version}, ${isoDate(new Date())}`);
  console.log(
    `index: loaded ${engine.index.liveCount} offers in ${loadMs.toFixed(0)} ms, heap +${heapIndex.toFixed(1)} MB (typed arrays ${(engine.index.approximateBytes() / 2 ** 20).toFixed(1)} MB)`,
  );
  if (withRanking)
    console.log(
      `match data: first sort=match search ${firstMatchMs.toFixed(0)} ms (loads every offer's match inputs), heap with it +${heapAll.toFixed(1)} MB; a new participant's first ranking ${coldParticipantMs.toFixed(0)} ms`,
    );

  const figures = {
    cpu95: [] as number[],
    rankCpu95: [] as number[],
    search50: [] as number[],
    search95: [] as number[],
    rank50: [] as number[],
    rank95: [] as number[],
    ref50: [] as number[],
    ref95: [] as number[],
    ratio: [] as number[],
  };
  for (let r = 1; r <= RUNS; r++) {
    const s = await timeAll(queries);
    const m = await timeAll(ranking, participant);
    const ref = await timeReference(queries);
    figures.search50.push(percentile(s.all, 50));
    figures.cpu95.push(percentile(s.cpu, 95));
    figures.search95.push(percentile(s.all, 95));
    if (withRanking) {
      figures.rank50.push(percentile(m.all, 50));
      figures.rank95.push(percentile(m.all, 95));
      figures.rankCpu95.push(percentile(m.cpu, 95));
    }
    figures.ref50.push(percentile(ref, 50));
    figures.ref95.push(percentile(ref, 95));
    figures.ratio.push(percentile(s.all, 95) / percentile(ref, 95));
    console.log(
      `\nrun ${r} (load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ")}: the machine is shared)`,
    );
    console.log(`search     ${stats(s.all)}; CPU p50 ${percentile(s.cpu, 50).toFixed(1)} ms, p95 ${percentile(s.cpu, 95).toFixed(1)} ms`);
    for (const [label, ms] of s.byLabel) console.log(`  ${label.padEnd(14)} ${stats(ms)}`);
    if (withRanking)
      console.log(
        `ranking    ${stats(m.all)}; CPU p50 ${percentile(m.cpu, 50).toFixed(1)} ms, p95 ${percentile(m.cpu, 95).toFixed(1)} ms  (sort=match for a participant: every result scored)`,
      );
    for (const [label, ms] of m.byLabel) console.log(`  ${label.padEnd(14)} ${stats(ms)}`);
    console.log(`reference  ${stats(ref)}  (full-text index alone: ids of every match)`);
  }
  console.log(`\nover ${RUNS} runs, min / median / max (ms):`);
  console.log(`  search p50  ${spread(figures.search50)}    p95 ${spread(figures.search95)}`);
  console.log(`  ranking p50 ${spread(figures.rank50)}    p95 ${spread(figures.rank95)}`);
  console.log(`  reference p50 ${spread(figures.ref50)}    p95 ${spread(figures.ref95)}`);
  console.log(`  CPU of this process, p95: search ${spread(figures.cpu95)}, ranking ${spread(figures.rankCpu95)}`);
  console.log(`  search p95 / reference p95: ${figures.ratio.map((x) => x.toFixed(2)).join(", ")}`);

  if (process.env.BENCH_LEGACY !== "0") {
    const sql = (params: OfferSearchParams, as: MatchParticipant | null) => search.searchOffersSql(params, { today, participant: as });
    const s = await timeAll(queries, null, sql);
    const m = await timeAll(ranking, participant, sql);
    console.log(`\nthe SQL implementation (searchOffersSql), one run:`);
    console.log(`search     ${stats(s.all)}; CPU p95 ${percentile(s.cpu, 95).toFixed(1)} ms`);
    console.log(`ranking    ${stats(m.all)}; CPU p95 ${percentile(m.cpu, 95).toFixed(1)} ms  (at most ${search.MATCH_CANDIDATES} candidates scored)`);
  }
  await prisma.$disconnect();
}

void main();
