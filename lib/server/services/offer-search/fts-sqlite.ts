import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PREFIX_MIN_LENGTH } from "@/lib/validation/offer-search";
import { stemExpansions } from "@/lib/domain/search-stems";
import type { SearchDialect } from "./search-dialect";

// SQLite: the FTS5 table "OfferSearch", whose rowid is "OfferSearchRow"."docId" (migrations *_offer_search_*).

const TEXT_COLUMNS = "{title description tasks}";

/** A term as an FTS5 phrase in the text columns: double-quoted (FTS5 reads nothing inside quotes as syntax; quotes are doubled although searchTerms never keeps any), a prefix when `prefix`. */
const phrase = (t: string, prefix: boolean) => `${TEXT_COLUMNS} : "${t.replaceAll('"', '""')}"${prefix ? "*" : ""}`;

/**
 * An FTS5 query string: each term in the text columns, terms of 3+ characters as prefixes;
 * terms side by side are ANDed. A term with stems (lib/domain/search-stems.ts) also matches an
 * offer written in a stem's language when the stem is a prefix of one of its words: the column
 * "language" holds the offer's language code (migration *_offer_search_languages).
 */
export function fts5Query(terms: readonly string[]): string {
  return terms
    .map((t) => {
      const word = phrase(t, t.length >= PREFIX_MIN_LENGTH);
      const stems = stemExpansions(t).map(({ stem, languages }) => `(${phrase(stem, true)} AND (${languages.map((l) => `language : "${l}"`).join(" OR ")}))`);
      return stems.length ? `(${[word, ...stems].join(" OR ")})` : word;
    })
    .join(" AND ");
}

export const sqliteDialect: SearchDialect = {
  textSource(terms) {
    return {
      from: Prisma.sql`"OfferSearch" JOIN "OfferSearchRow" r ON r."docId" = "OfferSearch".rowid`,
      match: Prisma.sql`"OfferSearch" MATCH ${fts5Query(terms)}`,
      // bm25 is negative, more negative = better; column weights: title, description, tasks, language (0: no words).
      rank: Prisma.sql`bm25("OfferSearch", 5.0, 1.0, 2.0, 0.0)`,
    };
  },
  hits(terms, withRank) {
    // MATERIALIZED keeps bm25 out of the aggregate (SQLite refuses it there); %!.17g prints
    // the rank with every digit, so it reads back as the same double (|| would keep 15).
    const rank = withRank ? Prisma.sql` || ':' || printf('%!.17g', bm25("OfferSearch", 5.0, 1.0, 2.0, 0.0))` : Prisma.empty;
    return Prisma.sql`WITH h AS MATERIALIZED (SELECT rowid${rank} AS "h" FROM "OfferSearch" WHERE "OfferSearch" MATCH ${fts5Query(terms)}) SELECT group_concat("h", ',') AS "hits" FROM h`;
  },
  rowKey: Prisma.sql`r."docId"`,
};
