// The dialect's contract on its own, so fts-postgres.ts and fts-sqlite.ts can implement it without
// importing dialect.ts, which imports them.
import type { Prisma } from "@/generated/prisma/client";

/** What differs between the providers in the offer search's SQL; everything else is shared. */
export interface SearchDialect {
  /**
   * The FROM clause joining the full-text index to "OfferSearchRow" (aliased r), the condition
   * that matches the terms, and a rank expression where smaller means more relevant.
   */
  textSource(terms: readonly string[]): { from: Prisma.Sql; match: Prisma.Sql; rank: Prisma.Sql };
  /**
   * For the in-process index (offer-index.ts): one row, one column "hits", listing every offer
   * matching the terms as "key" or, with rank, "key:rank" (rank as in textSource), joined by
   * commas — one value instead of a row per match, which the client would convert one by one.
   * The key is what `rowKey` selects from "OfferSearchRow".
   */
  hits(terms: readonly string[], withRank: boolean): Prisma.Sql;
  /** The column of "OfferSearchRow" (alias r) that the full-text index knows an offer by. */
  rowKey: Prisma.Sql;
}
