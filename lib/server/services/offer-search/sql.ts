import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  DURATION_BUCKETS,
  PAID_VALUES,
  REMOTE_VALUES,
  searchTerms,
  type FacetKey,
  type OfferSearchParams,
} from "@/lib/validation/offer-search";
import { dialect } from "./dialect";

// The offer search as SQL shared by both providers (dialect.ts holds what differs). It reads
// "OfferSearchRow" (alias r): one narrow row per offer, kept in sync with "Offer" and its
// categories/languages by triggers (migrations *_offer_search_*), with the categories and
// languages as space-delimited lists (' data-analytics software-development ').
// Every value from the request is a bound parameter; the only literals are values of fixed lists.

export interface SearchScope {
  /** Calendar date (00:00 UTC): offers whose application deadline is before it are not listed. */
  readonly today: Date;
  /** Only offers published after this instant (saved-search alerts). */
  readonly publishedAfter?: Date;
}

const and = (parts: readonly Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`);

const workModeIs = (value: keyof typeof REMOTE_VALUES) => Prisma.raw(`r."workMode" = '${REMOTE_VALUES[value]}'`);

function durationOverlaps(bucket: keyof typeof DURATION_BUCKETS) {
  const [lo, hi] = DURATION_BUCKETS[bucket];
  return Prisma.raw(`(r."durationMinMonths" <= ${hi} AND r."durationMaxMonths" >= ${lo})`);
}

// The search row stores an unpaid offer's stipend as 0 (never null), so it sorts and indexes plainly.
const paidIs = (value: (typeof PAID_VALUES)[number]) => Prisma.raw(value === "yes" ? `r."stipendCents" > 0` : `r."stipendCents" = 0`);

/** One condition per active filter, keyed by facet, so a facet's counts can leave its own filter out. */
function filterConditions(p: OfferSearchParams): Partial<Record<FacetKey, Prisma.Sql>> {
  const c: Partial<Record<FacetKey, Prisma.Sql>> = {};
  if (p.country) c.country = Prisma.sql`r."country" = ${p.country}`;
  // Ids and language codes contain no LIKE wildcards (% _): they come from fixed lists.
  if (p.category) c.category = Prisma.sql`r."categories" LIKE ${`% ${p.category} %`}`;
  if (p.language) c.language = Prisma.sql`r."languages" LIKE ${`% ${p.language} %`}`;
  if (p.remote) c.remote = workModeIs(p.remote);
  if (p.duration) c.duration = durationOverlaps(p.duration);
  if (p.start) c.start = Prisma.sql`r."startMonth" = ${p.start}`;
  if (p.paid) c.paid = paidIs(p.paid);
  return c;
}

export type SearchSource = ReturnType<typeof searchSource>;

/**
 * What is searched: published offers still open for applications (a student can only apply
 * before the deadline, so expired offers would only be noise), matching every word of q.
 */
export function searchSource(params: OfferSearchParams, scope: SearchScope) {
  const terms = searchTerms(params.q);
  const text = terms.length ? dialect.textSource(terms) : null;
  const base = [Prisma.sql`r."status" = 'PUBLISHED'`, Prisma.sql`r."applicationDeadline" >= ${scope.today}`];
  if (scope.publishedAfter) base.push(Prisma.sql`r."publishedAt" > ${scope.publishedAfter}`);
  if (text) base.push(text.match);
  const filters = filterConditions(params);
  return {
    from: text?.from ?? Prisma.sql`"OfferSearchRow" r`,
    rank: text?.rank ?? null,
    filters,
    /** The WHERE clause: base conditions and every active filter except those named. */
    where(except: readonly FacetKey[] = []) {
      const active = (Object.keys(filters) as FacetKey[]).filter((k) => !except.includes(k)).map((k) => filters[k] as Prisma.Sql);
      return and([...base, ...active]);
    },
  };
}

export type EffectiveSort = "relevance" | "newest" | "deadline" | "stipend" | "duration";

export function orderBy(sort: EffectiveSort, source: SearchSource): Prisma.Sql {
  // The offer id last makes every order total, so pages never overlap or skip an offer.
  switch (sort) {
    case "relevance":
      return source.rank ? Prisma.sql`${source.rank}, r."publishedAt" DESC, r."offerId"` : orderBy("newest", source);
    case "newest":
      return Prisma.sql`r."publishedAt" DESC, r."offerId"`;
    case "deadline":
      return Prisma.sql`r."applicationDeadline", r."offerId"`;
    case "stipend":
      return Prisma.sql`r."stipendCents" DESC, r."offerId"`;
    case "duration":
      return Prisma.sql`r."durationMinMonths", r."durationMaxMonths", r."offerId"`;
  }
}

export function pageIdsQuery(source: SearchSource, sort: EffectiveSort, limit: number, offset: number) {
  return Prisma.sql`SELECT r."offerId" AS "id" FROM ${source.from} WHERE ${source.where()} ORDER BY ${orderBy(sort, source)} LIMIT ${limit} OFFSET ${offset}`;
}

const GROUPED = { country: "country", start: "startMonth", category: "categories", language: "languages" } as const;
export type GroupedFacet = keyof typeof GROUPED;

/**
 * Counts per value of a column, the other active filters kept. For categories and languages the
 * value is the offer's whole list; the caller splits it (an offer counts once per item).
 */
export function groupCountQuery(source: SearchSource, facet: GroupedFacet) {
  const column = Prisma.raw(`r."${GROUPED[facet]}"`);
  return Prisma.sql`SELECT ${column} AS "value", COUNT(*) AS "n" FROM ${source.from} WHERE ${source.where([facet])} GROUP BY ${column}`;
}

const SMALL_FACETS = ["remote", "duration", "paid"] as const;
type SmallFacet = (typeof SMALL_FACETS)[number];

/** The fixed values of the small facets and the condition of each. */
const SMALL_FACET_VALUES: Record<SmallFacet, [string, Prisma.Sql][]> = {
  remote: (Object.keys(REMOTE_VALUES) as (keyof typeof REMOTE_VALUES)[]).map((v) => [v, workModeIs(v)]),
  duration: (Object.keys(DURATION_BUCKETS) as (keyof typeof DURATION_BUCKETS)[]).map((v) => [v, durationOverlaps(v)]),
  paid: PAID_VALUES.map((v) => [v, paidIs(v)]),
};

/**
 * The three small facets in one scan: each cell counts the offers passing every filter except
 * its own facet's, and having that value. Columns are named "facet:value".
 */
export function smallFacetsQuery(source: SearchSource) {
  const cells = SMALL_FACETS.flatMap((facet) => {
    const others = SMALL_FACETS.filter((f) => f !== facet && source.filters[f]).map((f) => source.filters[f] as Prisma.Sql);
    return SMALL_FACET_VALUES[facet].map(
      ([value, condition]) => Prisma.sql`SUM(CASE WHEN ${and([...others, condition])} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${facet}:${value}"`)}`,
    );
  });
  return Prisma.sql`SELECT ${Prisma.join(cells, ", ")} FROM ${source.from} WHERE ${source.where(SMALL_FACETS)}`;
}
