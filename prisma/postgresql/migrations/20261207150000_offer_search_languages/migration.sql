-- Offer search, part 4: search in every language (docs/decisions/0010-search-in-every-language.md).
-- The document also holds the lexeme '~xx' for the offer's language xx (ISO 639-1), so a query
-- word's stem in a language (lib/domain/search-stems.ts, computed on the query side) is matched
-- only against offers written in that language:
--   to_tsquery('dot_search', '''programmierung'':*') || (to_tsquery('dot_search', '''programmier'':*') && '''~de'''::tsquery)
-- No word can produce it (the parser never keeps '~'). The words themselves are indexed as
-- before ('simple' + unaccent, unstemmed): the same stems on both databases, so SQLite and
-- PostgreSQL find the same offers. Hand-written like parts 1–3 (see there).
CREATE FUNCTION offer_search_document(title text, description text, tasks text, language text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT offer_search_document(title, description, tasks) || array_to_tsvector(ARRAY['~' || language])
$$;

CREATE OR REPLACE FUNCTION offer_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OfferSearch" ("offerId", "document")
    VALUES (NEW."id", offer_search_document(NEW."title", NEW."description", NEW."tasks", NEW."language"))
    ON CONFLICT ("offerId") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NULL;
END
$$;

DROP TRIGGER "Offer_search_sync" ON "Offer";
CREATE TRIGGER "Offer_search_sync" AFTER INSERT OR UPDATE OF "title", "description", "tasks", "language" ON "Offer"
    FOR EACH ROW EXECUTE FUNCTION offer_search_sync();

-- Offers that existed before this migration.
UPDATE "OfferSearch" s SET "document" = offer_search_document(o."title", o."description", o."tasks", o."language")
FROM "Offer" o WHERE o."id" = s."offerId";
