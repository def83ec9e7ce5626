import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { env } from "../../env";
import { postgresDialect } from "./fts-postgres";
import { sqliteDialect } from "./fts-sqlite";

/** What differs between the providers in the offer search's SQL; everything else is shared. */
export interface SearchDialect {
  /**
   * The FROM clause joining the full-text index to "OfferSearchRow" (aliased r), the condition
   * that matches the terms, and a rank expression where smaller means more relevant.
   */
  textSource(terms: readonly string[]): { from: Prisma.Sql; match: Prisma.Sql; rank: Prisma.Sql };
}

export const dialect: SearchDialect = env.DB_PROVIDER === "postgresql" ? postgresDialect : sqliteDialect;
