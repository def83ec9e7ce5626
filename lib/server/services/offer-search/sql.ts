import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { DURATION_BUCKETS, PAID_VALUES, REMOTE_VALUES, searchTerms, type FacetKey, type OfferSearchParams } from "@/lib/validation/offer-search";
import { AUDIENCE_BIT, OFFER_AUDIENCES, type OfferAudience } from "@/lib/domain/offer-terms";
import { dialect } from "./dialect";

// The offer search as SQL shared by both providers (dialect.ts holds what differs). It reads
// "OfferSearchRow" (alias r): one narrow row per offer, kept in sync with "Offer" and its
// categories/languages by triggers (migrations *_offer_search_*), with the categories and
// languages as space-delimited lists (' data-analytics software-development ').
// Every value from the request is a bound parameter; the only literals are values of fixed lists.
//
// Every statement answers rows of (facet, value, n): facet counts, and with facet 'page' the
// ids of the requested page (n = position). The small facets may instead come as one row of
// "facet:value" columns (a single scan without words).

export interface SearchScope {
  /** Calendar date (00:00 UTC): offers whose application deadline is before it are not listed. */
  readonly today: Date;
  /** Only offers published after this instant (saved-search alerts). */
  readonly publishedAfter?: Date;
}

export type EffectiveSort = "relevance" | "newest" | "deadline" | "stipend" | "duration";

const and = (parts: readonly Prisma.Sql[]) => (parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`1 = 1`);
const literal = (value: string) => Prisma.raw(`'${value}'`); // fixed facet names and values only

const workModeIs = (value: keyof typeof REMOTE_VALUES) => Prisma.raw(`r."workMode" = '${REMOTE_VALUES[value]}'`);

function durationOverlaps(bucket: keyof typeof DURATION_BUCKETS) {
  const [lo, hi] = DURATION_BUCKETS[bucket];
  return Prisma.raw(`(r."durationMinMonths" <= ${hi} AND r."durationMaxMonths" >= ${lo})`);
}

// "audience" is the bit mask of who the offer is for (migrations *_offer_search_audience).
const audienceIs = (value: OfferAudience) => Prisma.raw(`(r."audience" & ${AUDIENCE_BIT[value]}) <> 0`);

// The search row stores an unpaid offer's stipend as 0 (never null), so it sorts and indexes plainly.
const paidIs = (value: (typeof PAID_VALUES)[number]) => Prisma.raw(value === "yes" ? `r."stipendCents" > 0` : `r."stipendCents" = 0`);

/** One condition per active filter, keyed by facet, so a facet's counts can leave its own filter out. */
function filterConditions(p: OfferSearchParams): Partial<Record<FacetKey, Prisma.Sql>> {
  const c: Partial<Record<FacetKey, Prisma.Sql>> = {};
  if (p.country) c.country = Prisma.sql`r."country" = ${p.country}`;
  // Ids and language codes contain no LIKE wildcards (% _): they come from fixed lists.
  if (p.category) c.category = Prisma.sql`r."categories" LIKE ${`% ${p.category} %`}`;
  if (p.language) c.language = Prisma.sql`r."languages" LIKE ${`% ${p.language} %`}`;
  if (p.for) c.for = audienceIs(p.for);
  if (p.remote) c.remote = workModeIs(p.remote);
  if (p.duration) c.duration = durationOverlaps(p.duration);
  if (p.start) c.start = Prisma.sql`r."startMonth" = ${p.start}`;
  if (p.paid) c.paid = paidIs(p.paid);
  return c;
}

function orderBy(sort: EffectiveSort, rank: Prisma.Sql | null): Prisma.Sql {
  // The offer id last makes every order total, so pages never overlap or skip an offer.
  switch (sort) {
    case "relevance":
      return rank ? Prisma.sql`${rank}, r."publishedAt" DESC, r."offerId"` : orderBy("newest", null);
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

const GROUPED = { country: "country", start: "startMonth", category: "categories", language: "languages" } as const;
const SMALL_FACETS = ["for", "remote", "duration", "paid"] as const;
type SmallFacet = (typeof SMALL_FACETS)[number];

/** The fixed values of the small facets and the condition of each. */
const SMALL_FACET_VALUES: Record<SmallFacet, [string, Prisma.Sql][]> = {
  for: OFFER_AUDIENCES.map((v) => [v, audienceIs(v)]),
  remote: (Object.keys(REMOTE_VALUES) as (keyof typeof REMOTE_VALUES)[]).map((v) => [v, workModeIs(v)]),
  duration: (Object.keys(DURATION_BUCKETS) as (keyof typeof DURATION_BUCKETS)[]).map((v) => [v, durationOverlaps(v)]),
  paid: PAID_VALUES.map((v) => [v, paidIs(v)]),
};

const ROW_COLUMNS = [
  "offerId",
  "publishedAt",
  "applicationDeadline",
  "stipendCents",
  "durationMinMonths",
  "durationMaxMonths",
  "country",
  "startMonth",
  "categories",
  "languages",
  "workMode",
  "audience",
];

/**
 * The statements of one search: the page's offer ids (`limit` from `offset` in `sort` order) and
 * every facet count. Each facet's counts keep the other active filters and leave its own out;
 * for categories and languages the value is the offer's whole list, which the caller splits (an
 * offer counts once per item). Published offers only, still open for applications (a student
 * can only apply before the deadline, so expired offers would only be noise), matching every
 * word of q.
 */
export function searchStatements(params: OfferSearchParams, scope: SearchScope, sort: EffectiveSort, limit: number, offset: number): Prisma.Sql[] {
  const terms = searchTerms(params.q);
  const text = terms.length ? dialect.textSource(terms) : null;
  const base = [Prisma.sql`r."status" = 'PUBLISHED'`, Prisma.sql`r."applicationDeadline" >= ${scope.today}`];
  if (scope.publishedAfter) base.push(Prisma.sql`r."publishedAt" > ${scope.publishedAfter}`);
  const filters = filterConditions(params);
  const active = (except: readonly FacetKey[]) => (Object.keys(filters) as FacetKey[]).filter((k) => !except.includes(k)).map((k) => filters[k] as Prisma.Sql);

  const grouped = (rows: Prisma.Sql, where: (except: readonly FacetKey[]) => Prisma.Sql) =>
    (Object.keys(GROUPED) as (keyof typeof GROUPED)[]).map((facet) => {
      const column = Prisma.raw(`r."${GROUPED[facet]}"`);
      return Prisma.sql`SELECT ${literal(facet)} AS "facet", ${column} AS "value", COUNT(*) AS "n" FROM ${rows} WHERE ${where([facet])} GROUP BY ${column}`;
    });

  if (text) {
    // With words: the matches are computed once (materialised "m", with their rank when the
    // order needs it) and every count and the page read them, in one statement.
    const rank = sort === "relevance" ? text.rank : Prisma.sql`0`;
    const columns = Prisma.raw(ROW_COLUMNS.map((c) => `r."${c}"`).join(", "));
    const rows = Prisma.sql`m r`;
    const where = (except: readonly FacetKey[]) => and(active(except));
    const page = Prisma.sql`SELECT 'page' AS "facet", p."offerId" AS "value", p."n" AS "n" FROM (SELECT r."offerId", ROW_NUMBER() OVER (ORDER BY ${orderBy(sort, Prisma.sql`r."rank"`)}) AS "n" FROM ${rows} WHERE ${where([])}) p WHERE p."n" > ${offset} AND p."n" <= ${offset + limit}`;
    const small = SMALL_FACETS.flatMap((facet) =>
      SMALL_FACET_VALUES[facet].map(
        ([value, condition]) =>
          Prisma.sql`SELECT ${literal(facet)} AS "facet", ${literal(value)} AS "value", COUNT(*) AS "n" FROM ${rows} WHERE ${where([facet])} AND ${condition}`,
      ),
    );
    return [
      Prisma.sql`WITH m AS MATERIALIZED (SELECT ${columns}, ${rank} AS "rank" FROM ${text.from} WHERE ${and([...base, text.match])}) ${Prisma.join([page, ...grouped(rows, where), ...small], " UNION ALL ")}`,
    ];
  }

  // Without words: separate statements (run in parallel on PostgreSQL), each an index-ordered
  // or index-only scan on SQLite (the covering indexes of "OfferSearchRow"); the page walks
  // the sort's index and stops after `limit` rows.
  const rows = Prisma.sql`"OfferSearchRow" r`;
  const where = (except: readonly FacetKey[]) => and([...base, ...active(except)]);
  const page = Prisma.sql`SELECT 'page' AS "facet", r."offerId" AS "value", 0 AS "n" FROM ${rows} WHERE ${where([])} ORDER BY ${orderBy(sort, null)} LIMIT ${limit} OFFSET ${offset}`;
  // The small facets in one scan: each cell counts the offers passing every filter except its
  // own facet's, and having that value.
  const cells = SMALL_FACETS.flatMap((facet) => {
    const others = SMALL_FACETS.filter((f) => f !== facet && filters[f]).map((f) => filters[f] as Prisma.Sql);
    return SMALL_FACET_VALUES[facet].map(
      ([value, condition]) => Prisma.sql`SUM(CASE WHEN ${and([...others, condition])} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${facet}:${value}"`)}`,
    );
  });
  return [page, Prisma.join(grouped(rows, where), " UNION ALL "), Prisma.sql`SELECT ${Prisma.join(cells, ", ")} FROM ${rows} WHERE ${where(SMALL_FACETS)}`];
}
