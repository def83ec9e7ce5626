import "server-only";
import { startOfUtcDay } from "@/lib/domain/dates";
import type { CefrLevel, WorkMode } from "@/generated/prisma/client";
import { DOT_ACTIVITY_IDS, type MatchParticipant, type MatchResult } from "@/lib/domain";
import { effectiveSort, PAGE_SIZE, searchTerms, type FacetKey, type OfferSearchParams } from "@/lib/validation/offer-search";
import { prisma, type PrismaClient } from "../../db";
import { MATCH_OFFER_SELECT, rankOffers, matchOfferRow } from "../matching";
import { MatchRanking } from "./match-ranking";
import { OfferIndex } from "./offer-index";
import { searchStatements, type EffectiveSort } from "./sql";

// Offer search: full text + facets with counts, sorting, pagination, over
// published offers whose application deadline has not passed. Public: no user needed.

export interface OfferSearchItem {
  id: string;
  title: string;
  hostName: string;
  country: string;
  city: string;
  categories: string[];
  languages: { language: string; level: CefrLevel }[];
  durationMinMonths: number;
  durationMaxMonths: number;
  /** Both set: the range is in days (lib/domain/offer-terms.ts). */
  durationMinDays: number | null;
  durationMaxDays: number | null;
  /** Who the offer is for (docs/domain.md §3a). */
  forStudents: boolean;
  forStaff: boolean;
  forVetLearners: boolean;
  workMode: WorkMode;
  /** Euro cents per month; null or 0 = unpaid. */
  stipendCents: number | null;
  applicationDeadline: Date;
  earliestStart: Date;
  publishedAt: Date | null;
  /** How the offer fits the participant (lib/domain/matching), when one was given. */
  match?: MatchResult;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Per facet, the values and how many offers each would give with the other active filters kept. */
export type OfferSearchFacets = Record<FacetKey, FacetCount[]>;

export interface OfferSearchResult {
  total: number;
  page: number;
  pageSize: number;
  sort: EffectiveSort | "match";
  items: OfferSearchItem[];
  facets: OfferSearchFacets;
  /**
   * Sorted by match: how many offers were ranked (every result; searchOffersSql ranks at most
   * MATCH_CANDIDATES); pages go no further than these.
   */
  ranked?: number;
}

export interface OfferSearchOptions {
  /** Only offers published after this instant (saved-search alerts). */
  publishedAfter?: Date;
  /** Overrides params.pageSize (the page always shows 20). */
  pageSize?: number;
  /** "Today" as a calendar date; defaults to the current UTC date. */
  today?: Date;
  /** The signed-in participant: every item gets its match, and sort=match ranks by it. */
  participant?: MatchParticipant | null;
  /** The index to search (tests give each simulated instance its own); the process's by default. */
  engine?: SearchEngine;
}

/**
 * searchOffersSql (the reference implementation) sorts by match in JavaScript over at most this
 * many candidates — the first ones in relevance (with words) or newest order. searchOffers ranks all.
 */
export const MATCH_CANDIDATES = 300;

/** The per-process search index and the match ranking over it (docs/decisions/0006-search-index-in-process.md). */
export interface SearchEngine {
  index: OfferIndex;
  ranking: MatchRanking;
}

export function createSearchEngine(db: PrismaClient = prisma): SearchEngine {
  const index = new OfferIndex(db);
  return { index, ranking: new MatchRanking(index, db) };
}

const globalForEngine = globalThis as unknown as { offerSearchEngine?: SearchEngine };

/** One per process; dev reloads reuse it. */
export function offerSearchEngine(): SearchEngine {
  return (globalForEngine.offerSearchEngine ??= createSearchEngine());
}

// The card fields plus what matching reads (small enough for a page or the match candidates).
const ITEM_SELECT = {
  ...MATCH_OFFER_SELECT,
  city: true,
  workMode: true,
  stipendCents: true,
  publishedAt: true,
  host: { select: { legalName: true, type: true } },
} as const;

const categoryOrder = (id: string) => (DOT_ACTIVITY_IDS as readonly string[]).indexOf(id);

type ItemRow = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(ids: readonly string[]) {
  const rows = ids.length ? await prisma.offer.findMany({ where: { id: { in: [...ids] } }, select: ITEM_SELECT }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function toItem(row: ItemRow, match?: MatchResult): OfferSearchItem {
  return {
    id: row.id,
    title: row.title,
    hostName: row.host.legalName,
    country: row.country,
    city: row.city,
    categories: row.categories.map((c) => c.category).sort((a, b) => categoryOrder(a) - categoryOrder(b)),
    languages: row.languages,
    durationMinMonths: row.durationMinMonths,
    durationMaxMonths: row.durationMaxMonths,
    durationMinDays: row.durationMinDays,
    durationMaxDays: row.durationMaxDays,
    forStudents: row.forStudents,
    forStaff: row.forStaff,
    forVetLearners: row.forVetLearners,
    workMode: row.workMode,
    stipendCents: row.stipendCents,
    applicationDeadline: row.applicationDeadline,
    earliestStart: row.earliestStart,
    publishedAt: row.publishedAt,
    ...(match ? { match } : {}),
  };
}

/** Rows of (value, count) → facet counts, most first; list values (' a b ') count once per item. */
function tally(rows: Row[], lists = false): FacetCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const value of lists ? (row.value ?? "").split(" ").filter(Boolean) : row.value ? [row.value] : []) {
      counts.set(value, (counts.get(value) ?? 0) + Number(row.n));
    }
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type Row = { facet: FacetKey | "page"; value: string | null; n: bigint | number };

/** A statement's rows as (facet, value, n); a one-row "facet:value" cells answer is unpivoted. */
function asRows(rows: Record<string, unknown>[]): Row[] {
  if (rows.length === 1 && !("facet" in rows[0]!)) {
    return Object.entries(rows[0]!).map(([cell, n]) => {
      const [facet, value] = cell.split(":") as [FacetKey, string];
      return { facet, value, n: (n as bigint | number | null) ?? 0 };
    });
  }
  return rows as Row[];
}

function facetsOf(rows: Row[]): OfferSearchFacets {
  const of = (facet: FacetKey) => rows.filter((r) => r.facet === facet);
  // The small facets come in their fixed order, zeros included.
  const fixed = (facet: FacetKey) => of(facet).map((r) => ({ value: r.value ?? "", count: Number(r.n) }));
  return {
    country: tally(of("country")),
    category: tally(of("category"), true),
    language: tally(of("language"), true),
    for: fixed("for"),
    remote: fixed("remote"),
    duration: fixed("duration"),
    // Chronological: a month list reads best in calendar order.
    start: tally(of("start")).sort((a, b) => a.value.localeCompare(b.value)),
    paid: fixed("paid"),
  };
}

/**
 * One page of results with facet counts: the full-text index gives the offers matching the words,
 * the process's index (offer-search/offer-index.ts) filters, counts and orders them in memory.
 * Gives exactly what searchOffersSql gives, except that sort=match ranks every result.
 */
export async function searchOffers(params: OfferSearchParams, options: OfferSearchOptions = {}): Promise<OfferSearchResult> {
  const { index, ranking } = options.engine ?? offerSearchEngine();
  const today = startOfUtcDay(options.today ?? new Date());
  const pageSize = options.pageSize ?? params.pageSize ?? PAGE_SIZE;
  const participant = options.participant ?? null;
  const sort = effectiveSort(params, participant !== null);
  const offset = (params.page - 1) * pageSize;
  await index.refresh();
  const terms = searchTerms(params.q);
  const hits = terms.length ? await index.textHits(terms, sort === "relevance") : null;
  const result = index.query({ params, today: today.getTime(), publishedAfter: options.publishedAfter?.getTime(), hits });
  const base = { total: result.total, page: params.page, pageSize, facets: result.facets };
  if (participant && sort === "match") {
    const rows = await loadRows(await ranking.page(participant, today, result.passing, offset, pageSize));
    return { ...base, sort, items: rows.map((row) => toItem(row, matchOfferRow(participant, row, today))), ranked: result.total };
  }
  const rows = await loadRows(index.page(result, sort as EffectiveSort, offset, pageSize));
  return { ...base, sort, items: rows.map((row) => toItem(row, participant ? matchOfferRow(participant, row, today) : undefined)) };
}

/**
 * The same search in SQL, statement by statement (the implementation before the in-process
 * index; kept as the oracle its tests compare with, and as the benchmark's reference). The total
 * comes from the country facet: every offer has exactly one country, so its counts partition the result set.
 */
export async function searchOffersSql(params: OfferSearchParams, options: OfferSearchOptions = {}): Promise<OfferSearchResult> {
  const today = startOfUtcDay(options.today ?? new Date());
  const pageSize = options.pageSize ?? params.pageSize ?? PAGE_SIZE;
  const participant = options.participant ?? null;
  const sort = effectiveSort(params, participant !== null);
  const offset = (params.page - 1) * pageSize;
  // Sorted by match, the first MATCH_CANDIDATES in the default order are ranked in JavaScript.
  const [order, limit, from] =
    sort === "match" ? [effectiveSort({ ...params, sort: null }, false) as EffectiveSort, MATCH_CANDIDATES, 0] : [sort, pageSize, offset];
  const statements = searchStatements(params, { today, publishedAfter: options.publishedAfter }, order, limit, from);
  const rows = (await Promise.all(statements.map((q) => prisma.$queryRaw<Record<string, unknown>[]>(q)))).flatMap(asRows);
  const facets = facetsOf(rows);
  const ids = rows
    .filter((r) => r.facet === "page")
    .sort((a, b) => Number(a.n) - Number(b.n))
    .map((r) => r.value as string);
  const total = params.country ? (facets.country.find((c) => c.value === params.country)?.count ?? 0) : facets.country.reduce((sum, c) => sum + c.count, 0);
  const loaded = await loadRows(ids);
  if (participant && sort === "match") {
    const ranked = rankOffers(participant, loaded, today);
    const items = ranked.slice(offset, offset + pageSize).map(({ row, match }) => toItem(row, match));
    return { total, page: params.page, pageSize, sort, items, facets, ranked: ranked.length };
  }
  const items = loaded.map((row) => toItem(row, participant ? matchOfferRow(participant, row, today) : undefined));
  return { total, page: params.page, pageSize, sort, items, facets };
}

const DETAIL_SELECT = {
  ...ITEM_SELECT,
  description: true,
  language: true,
  places: true,
} as const;

/** A published offer (whatever its deadline: a shared link keeps working), or null. */
export async function getPublishedOffer(id: string) {
  const row = await prisma.offer.findFirst({ where: { id, status: "PUBLISHED" }, select: DETAIL_SELECT });
  if (!row) return null;
  return {
    ...toItem(row),
    description: row.description,
    tasks: row.tasks,
    requiredSkills: row.requiredSkills,
    language: row.language,
    latestEnd: row.latestEnd,
    places: row.places,
  };
}
