import "server-only";
import type { CefrLevel, WorkMode } from "@/generated/prisma/client";
import { DOT_ACTIVITY_IDS } from "@/lib/domain";
import { effectiveSort, PAGE_SIZE, type FacetKey, type OfferSearchParams } from "@/lib/validation/offer-search";
import { prisma } from "../db";
import {
  childCountQuery,
  groupCountQuery,
  pageIdsQuery,
  searchSource,
  smallFacetsQuery,
  type EffectiveSort,
  type SearchSource,
} from "./offer-search/sql";

// Offer search (issue 4 "Search"): full text + facets with counts, sorting, pagination, over
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
  workMode: WorkMode;
  /** Euro cents per month; null or 0 = unpaid. */
  stipendCents: number | null;
  applicationDeadline: Date;
  earliestStart: Date;
  publishedAt: Date | null;
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
}

export interface OfferSearchOptions {
  /** Only offers published after this instant (saved-search alerts). */
  publishedAfter?: Date;
  /** Overrides params.pageSize (the page always shows 20). */
  pageSize?: number;
  /** "Today" as a calendar date; defaults to the current UTC date. */
  today?: Date;
}

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const ITEM_SELECT = {
  id: true,
  title: true,
  country: true,
  city: true,
  workMode: true,
  durationMinMonths: true,
  durationMaxMonths: true,
  stipendCents: true,
  applicationDeadline: true,
  earliestStart: true,
  publishedAt: true,
  host: { select: { legalName: true } },
  categories: { select: { category: true } },
  languages: { select: { language: true, level: true }, orderBy: { language: "asc" } },
} as const;

const categoryOrder = (id: string) => (DOT_ACTIVITY_IDS as readonly string[]).indexOf(id);

async function loadItems(ids: readonly string[]): Promise<OfferSearchItem[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.offer.findMany({ where: { id: { in: [...ids] } }, select: ITEM_SELECT });
  const byId = new Map(rows.map(({ host, categories, ...row }) => [
    row.id,
    { ...row, hostName: host.legalName, categories: categories.map((c) => c.category).sort((a, b) => categoryOrder(a) - categoryOrder(b)) },
  ]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

type CountRow = { value: string | null; n: bigint | number };

const byCount = (rows: CountRow[]): FacetCount[] =>
  rows
    .filter((r): r is { value: string; n: bigint | number } => r.value !== null)
    .map((r) => ({ value: r.value, count: Number(r.n) }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

async function facetCounts(source: SearchSource): Promise<OfferSearchFacets> {
  const [country, start, category, language, small] = await Promise.all([
    prisma.$queryRaw<CountRow[]>(groupCountQuery(source, "country")),
    prisma.$queryRaw<CountRow[]>(groupCountQuery(source, "start")),
    prisma.$queryRaw<CountRow[]>(childCountQuery(source, "category")),
    prisma.$queryRaw<CountRow[]>(childCountQuery(source, "language")),
    prisma.$queryRaw<Record<string, bigint | number | null>[]>(smallFacetsQuery(source)),
  ]);
  const cells = Object.entries(small[0] ?? {});
  const smallFacet = (facet: FacetKey) =>
    cells.filter(([k]) => k.startsWith(`${facet}:`)).map(([k, n]) => ({ value: k.slice(facet.length + 1), count: Number(n ?? 0) }));
  return {
    country: byCount(country),
    category: byCount(category),
    language: byCount(language),
    remote: smallFacet("remote"),
    duration: smallFacet("duration"),
    start: byCount(start).sort((a, b) => a.value.localeCompare(b.value)),
    paid: smallFacet("paid"),
  };
}

/**
 * One page of results with facet counts. The total comes from the country facet: every offer has
 * exactly one country, so its counts partition the result set.
 */
export async function searchOffers(params: OfferSearchParams, options: OfferSearchOptions = {}): Promise<OfferSearchResult> {
  const today = startOfUtcDay(options.today ?? new Date());
  const pageSize = options.pageSize ?? params.pageSize ?? PAGE_SIZE;
  const source = searchSource(params, { today, publishedAfter: options.publishedAfter });
  const sort = effectiveSort(params, false) as EffectiveSort;
  const [ids, facets] = await Promise.all([
    prisma.$queryRaw<{ id: string }[]>(pageIdsQuery(source, sort, pageSize, (params.page - 1) * pageSize)),
    facetCounts(source),
  ]);
  const total = params.country
    ? (facets.country.find((c) => c.value === params.country)?.count ?? 0)
    : facets.country.reduce((sum, c) => sum + c.count, 0);
  return { total, page: params.page, pageSize, sort, items: await loadItems(ids.map((r) => r.id)), facets };
}


const DETAIL_SELECT = {
  ...ITEM_SELECT,
  description: true,
  tasks: true,
  requiredSkills: true,
  language: true,
  latestEnd: true,
  places: true,
} as const;

/** A published offer (whatever its deadline: a shared link keeps working), or null. */
export async function getPublishedOffer(id: string) {
  const row = await prisma.offer.findFirst({ where: { id, status: "PUBLISHED" }, select: DETAIL_SELECT });
  if (!row) return null;
  const { host, categories, ...rest } = row;
  return { ...rest, hostName: host.legalName, categories: categories.map((c) => c.category).sort((a, b) => categoryOrder(a) - categoryOrder(b)) };
}
