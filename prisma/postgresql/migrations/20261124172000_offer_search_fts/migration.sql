-- Full-text search over offers (issue 4 "Search"), kept in sync by a trigger on "Offer".
-- Hand-written: Prisma's schema language cannot express text search configurations, tsvector
-- columns or triggers, so these objects are not in prisma/models.prisma
-- (tests/integration/migrations.test.ts knows them).

-- Offers are written in 6+ languages: no stemming ('simple'), but accents are folded so
-- "developpeur" finds "développeur" (unaccent is a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION dot_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION dot_search
    ALTER MAPPING FOR word, numword, hword, hword_part, hword_numpart WITH unaccent, simple;

-- Title weighs most, then tasks, then description. ASCII punctuation becomes a space first, so
-- "ASP.NET" or "front-end" are split into words exactly as SQLite's unicode61 tokenizer does.
CREATE FUNCTION offer_search_document(title text, description text, tasks text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('dot_search', regexp_replace(title, '[!-/:-@\[-`{-~]+', ' ', 'g')), 'A')
        || setweight(to_tsvector('dot_search', regexp_replace(tasks, '[!-/:-@\[-`{-~]+', ' ', 'g')), 'B')
        || setweight(to_tsvector('dot_search', regexp_replace(description, '[!-/:-@\[-`{-~]+', ' ', 'g')), 'C')
$$;

-- The document is stored (not an expression index) because ranking needs it for every match:
-- recomputing it costs ~50 µs per offer, i.e. seconds for a broad query over 100k offers.
CREATE TABLE "OfferSearch" (
    "offerId" TEXT NOT NULL PRIMARY KEY REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "document" tsvector NOT NULL
);
CREATE INDEX "OfferSearch_document_idx" ON "OfferSearch" USING GIN ("document");

CREATE FUNCTION offer_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OfferSearch" ("offerId", "document")
    VALUES (NEW."id", offer_search_document(NEW."title", NEW."description", NEW."tasks"))
    ON CONFLICT ("offerId") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Offer_search_sync" AFTER INSERT OR UPDATE OF "title", "description", "tasks" ON "Offer"
    FOR EACH ROW EXECUTE FUNCTION offer_search_sync();

-- Offers that existed before this migration.
INSERT INTO "OfferSearch" ("offerId", "document")
SELECT "id", offer_search_document("title", "description", "tasks") FROM "Offer";
