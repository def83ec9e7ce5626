import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PREFIX_MIN_LENGTH } from "@/lib/validation/offer-search";
import { stemExpansions } from "@/lib/domain/search-stems";
import type { SearchDialect } from "./search-dialect";

// PostgreSQL: the tsvector table "OfferSearch" and the text search configuration dot_search
// (simple + unaccent), joined to "OfferSearchRow" (migrations *_offer_search_*). Words are
// indexed unstemmed; stems come from the query side (lib/domain/search-stems.ts).

const lexeme = (t: string) => `'${t.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/**
 * A to_tsquery string: each term single-quoted (a quoted lexeme is never an operator; quotes and
 * backslashes are escaped although searchTerms never keeps any), terms of 3+ characters as
 * prefixes (:*), ANDed. With `stems`, a term is ORed with its stems in every language (prefixes):
 * the rank's query, which does not know the offer's language.
 */
export function tsQuery(terms: readonly string[], stems = false): string {
  return terms
    .map((t) => {
      const word = `${lexeme(t)}${t.length >= PREFIX_MIN_LENGTH ? ":*" : ""}`;
      const more = stems ? stemExpansions(t).map(({ stem }) => `${lexeme(stem)}:*`) : [];
      return more.length ? `(${[word, ...more].join(" | ")})` : word;
    })
    .join(" & ");
}

/**
 * The match: every term, or for an offer in a stem's language that stem, as a prefix. The
 * document holds the lexeme '~xx' for the offer's language xx (migration *_offer_search_languages),
 * which no word can produce (words have no '~'), so it is added with ::tsquery, not to_tsquery.
 */
function matchQuery(terms: readonly string[]): Prisma.Sql {
  return Prisma.join(
    terms.map((t) => {
      const word = Prisma.sql`to_tsquery('dot_search', ${tsQuery([t])})`;
      const stems = stemExpansions(t).map(
        ({ stem, languages }) => Prisma.sql`(to_tsquery('dot_search', ${`${lexeme(stem)}:*`}) && ${languages.map((l) => `'~${l}'`).join(" | ")}::tsquery)`,
      );
      return stems.length ? Prisma.sql`(${Prisma.join([word, ...stems], " || ")})` : word;
    }),
    " && ",
  );
}

export const postgresDialect: SearchDialect = {
  textSource(terms) {
    const rankQuery = Prisma.sql`to_tsquery('dot_search', ${tsQuery(terms, true)})`;
    return {
      from: Prisma.sql`"OfferSearchRow" r JOIN "OfferSearch" s ON s."offerId" = r."offerId"`,
      match: Prisma.sql`s."document" @@ (${matchQuery(terms)})`,
      // Weights A (title) > B (tasks) > C (description); normalised by document length (1).
      rank: Prisma.sql`-ts_rank(s."document", ${rankQuery}, 1)`,
    };
  },
  hits(terms, withRank) {
    const rankQuery = Prisma.sql`to_tsquery('dot_search', ${tsQuery(terms, true)})`;
    // ts_rank is a real (float4); its text form is the shortest that reads back as the same
    // value, so the order and the ties of the ranks survive the round trip.
    const hit = withRank ? Prisma.sql`s."offerId" || ':' || (-ts_rank(s."document", ${rankQuery}, 1))::text` : Prisma.sql`s."offerId"`;
    return Prisma.sql`SELECT string_agg(${hit}, ',') AS "hits" FROM "OfferSearch" s WHERE s."document" @@ (${matchQuery(terms)})`;
  },
  rowKey: Prisma.sql`r."offerId"`,
};
