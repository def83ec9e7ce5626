import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PREFIX_MIN_LENGTH } from "@/lib/validation/offer-search";
import type { SearchDialect } from "./dialect";

// PostgreSQL: the tsvector table "OfferSearch" and the text search configuration dot_search
// (simple + unaccent), joined to "OfferSearchRow" (migrations *_offer_search_*).

/**
 * A to_tsquery string: each term single-quoted (a quoted lexeme is never an operator; quotes and
 * backslashes are escaped although searchTerms never keeps any), terms of 3+ characters as
 * prefixes (:*), ANDed.
 */
export function tsQuery(terms: readonly string[]): string {
  return terms
    .map((t) => `'${t.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${t.length >= PREFIX_MIN_LENGTH ? ":*" : ""}`)
    .join(" & ");
}

export const postgresDialect: SearchDialect = {
  textSource(terms) {
    const query = Prisma.sql`to_tsquery('dot_search', ${tsQuery(terms)})`;
    return {
      from: Prisma.sql`"OfferSearchRow" r JOIN "OfferSearch" s ON s."offerId" = r."offerId"`,
      match: Prisma.sql`s."document" @@ ${query}`,
      // Weights A (title) > B (tasks) > C (description); normalised by document length (1).
      rank: Prisma.sql`-ts_rank(s."document", ${query}, 1)`,
    };
  },
  hits(terms, withRank) {
    const query = Prisma.sql`to_tsquery('dot_search', ${tsQuery(terms)})`;
    // ts_rank is a real (float4); its text form is the shortest that reads back as the same
    // value, so the order and the ties of the ranks survive the round trip.
    const hit = withRank ? Prisma.sql`s."offerId" || ':' || (-ts_rank(s."document", ${query}, 1))::text` : Prisma.sql`s."offerId"`;
    return Prisma.sql`SELECT string_agg(${hit}, ',') AS "hits" FROM "OfferSearch" s WHERE s."document" @@ ${query}`;
  },
  rowKey: Prisma.sql`r."offerId"`,
};
