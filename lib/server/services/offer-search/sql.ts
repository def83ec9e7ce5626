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

// The offer search as SQL shared by both providers (dialect.ts holds what differs). Every value
// from the request is a bound parameter; the only literals are enum values from fixed lists.

export interface SearchScope {
  /** Calendar date (00:00 UTC): offers whose application deadline is before it are not listed. */
  readonly today: Date;
  /** Only offers published after this instant (saved-search alerts). */
  readonly publishedAfter?: Date;
}

const and = (parts: readonly Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`);

const workModeIs = (value: keyof typeof REMOTE_VALUES) => Prisma.raw(`o."workMode" = '${REMOTE_VALUES[value]}'`);

function durationOverlaps(bucket: keyof typeof DURATION_BUCKETS) {
  const [lo, hi] = DURATION_BUCKETS[bucket];
  return Prisma.sql`o."durationMinMonths" <= ${hi} AND o."durationMaxMonths" >= ${lo}`;
}

const paidIs = (value: (typeof PAID_VALUES)[number]) =>
  value === "yes" ? Prisma.sql`o."stipendCents" > 0` : Prisma.sql`COALESCE(o."stipendCents", 0) = 0`;

function startsInMonth(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return Prisma.sql`o."earliestStart" >= ${new Date(Date.UTC(y, m - 1, 1))} AND o."earliestStart" < ${new Date(Date.UTC(y, m, 1))}`;
}

/** One condition per active filter, keyed by facet, so a facet's counts can leave its own filter out. */
function filterConditions(p: OfferSearchParams): Partial<Record<FacetKey, Prisma.Sql>> {
  const c: Partial<Record<FacetKey, Prisma.Sql>> = {};
  if (p.country) c.country = Prisma.sql`o."country" = ${p.country}`;
  if (p.category) c.category = Prisma.sql`EXISTS (SELECT 1 FROM "OfferCategory" fc WHERE fc."offerId" = o."id" AND fc."category" = ${p.category})`;
  if (p.language) c.language = Prisma.sql`EXISTS (SELECT 1 FROM "OfferLanguage" fl WHERE fl."offerId" = o."id" AND fl."language" = ${p.language})`;
  if (p.remote) c.remote = workModeIs(p.remote);
  if (p.duration) c.duration = durationOverlaps(p.duration);
  if (p.start) c.start = startsInMonth(p.start);
  if (p.paid) c.paid = paidIs(p.paid);
  return c;
}

export type SearchSource = ReturnType<typeof searchSource>;

/**
 * What is searched: published offers still open for applications (domain: a student can only
 * apply before the deadline, so expired offers would only be noise), matching the words of q.
 */
export function searchSource(params: OfferSearchParams, scope: SearchScope) {
  const terms = searchTerms(params.q);
  const text = terms.length ? dialect.textSource(terms) : null;
  const base = [Prisma.sql`o."status" = 'PUBLISHED'`, Prisma.sql`o."applicationDeadline" >= ${scope.today}`];
  if (scope.publishedAfter) base.push(Prisma.sql`o."publishedAt" > ${scope.publishedAfter}`);
  if (text) base.push(text.match);
  const filters = filterConditions(params);
  return {
    from: text?.from ?? Prisma.sql`"Offer" o`,
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
  // The id last makes every order total, so pages never overlap or skip an offer.
  switch (sort) {
    case "relevance":
      return source.rank ? Prisma.sql`${source.rank}, o."publishedAt" DESC, o."id"` : orderBy("newest", source);
    case "newest":
      return Prisma.sql`o."publishedAt" DESC, o."id"`;
    case "deadline":
      return Prisma.sql`o."applicationDeadline", o."id"`;
    case "stipend":
      return Prisma.sql`COALESCE(o."stipendCents", 0) DESC, o."id"`;
    case "duration":
      return Prisma.sql`o."durationMinMonths", o."durationMaxMonths", o."id"`;
  }
}

export function pageIdsQuery(source: SearchSource, sort: EffectiveSort, limit: number, offset: number) {
  return Prisma.sql`SELECT o."id" AS "id" FROM ${source.from} WHERE ${source.where()} ORDER BY ${orderBy(sort, source)} LIMIT ${limit} OFFSET ${offset}`;
}

/** Counts per value of a one-valued column ("country", start month), other filters applied. */
export function groupCountQuery(source: SearchSource, facet: "country" | "start") {
  const value = facet === "country" ? Prisma.sql`o."country"` : dialect.startMonth;
  return Prisma.sql`SELECT ${value} AS "value", COUNT(*) AS "n" FROM ${source.from} WHERE ${source.where([facet])} GROUP BY ${value}`;
}

/** Counts per category or required language (child rows; an offer counts once per value it has). */
export function childCountQuery(source: SearchSource, facet: "category" | "language") {
  const join =
    facet === "category"
      ? Prisma.sql`JOIN "OfferCategory" x ON x."offerId" = o."id"`
      : Prisma.sql`JOIN "OfferLanguage" x ON x."offerId" = o."id"`;
  const value = facet === "category" ? Prisma.sql`x."category"` : Prisma.sql`x."language"`;
  return Prisma.sql`SELECT ${value} AS "value", COUNT(*) AS "n" FROM ${source.from} ${join} WHERE ${source.where([facet])} GROUP BY ${value}`;
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
