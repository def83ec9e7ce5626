import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PREFIX_MIN_LENGTH } from "@/lib/validation/offer-search";
import type { SearchDialect } from "./dialect";

// SQLite: the FTS5 table "OfferSearch", whose rowid is "OfferSearchRow"."docId" (migrations *_offer_search_*).

/**
 * An FTS5 query string: each term is a double-quoted string (FTS5 reads nothing inside quotes as
 * syntax; quotes are doubled although searchTerms never keeps any), terms of 3+ characters match
 * as prefixes; terms side by side are ANDed.
 */
export function fts5Query(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', '""')}"${t.length >= PREFIX_MIN_LENGTH ? "*" : ""}`).join(" ");
}

export const sqliteDialect: SearchDialect = {
  textSource(terms) {
    return {
      from: Prisma.sql`"OfferSearch" JOIN "OfferSearchRow" r ON r."docId" = "OfferSearch".rowid`,
      match: Prisma.sql`"OfferSearch" MATCH ${fts5Query(terms)}`,
      // bm25 is negative, more negative = better; column weights: title, description, tasks.
      rank: Prisma.sql`bm25("OfferSearch", 5.0, 1.0, 2.0)`,
    };
  },
  hits(terms, withRank) {
    // MATERIALIZED keeps bm25 out of the aggregate (SQLite refuses it there); %!.17g prints
    // the rank with every digit, so it reads back as the same double (|| would keep 15).
    const rank = withRank ? Prisma.sql` || ':' || printf('%!.17g', bm25("OfferSearch", 5.0, 1.0, 2.0))` : Prisma.empty;
    return Prisma.sql`WITH h AS MATERIALIZED (SELECT rowid${rank} AS "h" FROM "OfferSearch" WHERE "OfferSearch" MATCH ${fts5Query(terms)}) SELECT group_concat("h", ',') AS "hits" FROM h`;
  },
  rowKey: Prisma.sql`r."docId"`,
};
