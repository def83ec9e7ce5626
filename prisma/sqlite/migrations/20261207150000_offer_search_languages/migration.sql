-- Offer search, part 4: search in every language (docs/decisions/0010-search-in-every-language.md).
-- The full-text index also holds the offer's language (ISO 639-1) in a fourth column "language",
-- so a query word's stem in a language (lib/domain/search-stems.ts, computed on the query side)
-- is matched only against offers written in that language:
--   ({title description tasks} : "programmierung"* OR ({title description tasks} : "programmier"* AND language : "de"))
-- The words themselves are indexed as before (unicode61, diacritics removed, prefix indexes).
-- FTS5 tables cannot gain a column, so "OfferSearch" is rebuilt; its rowid stays
-- "OfferSearchRow"."docId". Hand-written like parts 1–3 (see there).
DROP TRIGGER "Offer_search_insert";
DROP TRIGGER "Offer_search_update_text";
DROP TRIGGER "Offer_search_delete";
DROP TABLE "OfferSearch";

CREATE VIRTUAL TABLE "OfferSearch" USING fts5(
    title, description, tasks, language,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3 4 5'
);

INSERT INTO "OfferSearch" (rowid, title, description, tasks, language)
SELECT r."docId", o."title", o."description", o."tasks", o."language" FROM "Offer" o JOIN "OfferSearchRow" r ON r."offerId" = o."id";

CREATE TRIGGER "Offer_search_insert" AFTER INSERT ON "Offer" BEGIN
    INSERT INTO "OfferSearchRow" (
        "offerId", "status", "applicationDeadline", "publishedAt", "country", "workMode",
        "durationMinMonths", "durationMaxMonths", "stipendCents", "startMonth")
    VALUES (new."id", new."status", new."applicationDeadline", new."publishedAt", new."country", new."workMode",
        new."durationMinMonths", new."durationMaxMonths", COALESCE(new."stipendCents", 0), substr(new."earliestStart", 1, 7));
    INSERT INTO "OfferSearch" (rowid, title, description, tasks, language)
    VALUES ((SELECT "docId" FROM "OfferSearchRow" WHERE "offerId" = new."id"), new."title", new."description", new."tasks", new."language");
END;

CREATE TRIGGER "Offer_search_update_text" AFTER UPDATE OF "title", "description", "tasks", "language" ON "Offer" BEGIN
    DELETE FROM "OfferSearch" WHERE rowid = (SELECT "docId" FROM "OfferSearchRow" WHERE "offerId" = new."id");
    INSERT INTO "OfferSearch" (rowid, title, description, tasks, language)
    VALUES ((SELECT "docId" FROM "OfferSearchRow" WHERE "offerId" = new."id"), new."title", new."description", new."tasks", new."language");
END;

CREATE TRIGGER "Offer_search_delete" AFTER DELETE ON "Offer" BEGIN
    DELETE FROM "OfferSearch" WHERE rowid = (SELECT "docId" FROM "OfferSearchRow" WHERE "offerId" = old."id");
    DELETE FROM "OfferSearchRow" WHERE "offerId" = old."id";
END;
