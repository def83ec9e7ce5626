-- Offer search, part 2: one narrow row per offer holding exactly what the search filters, sorts
-- and counts by, including its categories and required languages as space-delimited lists
-- (' data-analytics software-development '). Facet counts over 100k offers scan these rows
-- instead of "Offer" (wide rows with long texts) and instead of joining
-- "OfferCategory"/"OfferLanguage" per offer. Hand-written like part 1 (see there); kept in sync
-- by triggers on "Offer", "OfferCategory" and "OfferLanguage".
CREATE TABLE "OfferSearchRow" (
    "offerId" TEXT NOT NULL PRIMARY KEY REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "status" TEXT NOT NULL,
    "applicationDeadline" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "country" TEXT NOT NULL,
    "workMode" TEXT NOT NULL,
    "durationMinMonths" INTEGER NOT NULL,
    "durationMaxMonths" INTEGER NOT NULL,
    "stipendCents" INTEGER NOT NULL,
    "startMonth" TEXT NOT NULL,
    "categories" TEXT NOT NULL DEFAULT '',
    "languages" TEXT NOT NULL DEFAULT ''
);
CREATE INDEX "OfferSearchRow_status_applicationDeadline_idx" ON "OfferSearchRow"("status", "applicationDeadline");
CREATE INDEX "OfferSearchRow_status_publishedAt_idx" ON "OfferSearchRow"("status", "publishedAt");

CREATE FUNCTION offer_search_categories(offer_id text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT COALESCE(' ' || string_agg("category", ' ' ORDER BY "category") || ' ', '') FROM "OfferCategory" WHERE "offerId" = offer_id
$$;
CREATE FUNCTION offer_search_languages(offer_id text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT COALESCE(' ' || string_agg("language", ' ' ORDER BY "language") || ' ', '') FROM "OfferLanguage" WHERE "offerId" = offer_id
$$;

CREATE FUNCTION offer_search_row_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OfferSearchRow" (
        "offerId", "status", "applicationDeadline", "publishedAt", "country", "workMode",
        "durationMinMonths", "durationMaxMonths", "stipendCents", "startMonth", "categories", "languages")
    VALUES (NEW."id", NEW."status"::text, NEW."applicationDeadline", NEW."publishedAt", NEW."country", NEW."workMode"::text,
        NEW."durationMinMonths", NEW."durationMaxMonths", COALESCE(NEW."stipendCents", 0), to_char(NEW."earliestStart", 'YYYY-MM'),
        offer_search_categories(NEW."id"), offer_search_languages(NEW."id"))
    ON CONFLICT ("offerId") DO UPDATE SET
        "status" = EXCLUDED."status", "applicationDeadline" = EXCLUDED."applicationDeadline",
        "publishedAt" = EXCLUDED."publishedAt", "country" = EXCLUDED."country", "workMode" = EXCLUDED."workMode",
        "durationMinMonths" = EXCLUDED."durationMinMonths", "durationMaxMonths" = EXCLUDED."durationMaxMonths",
        "stipendCents" = EXCLUDED."stipendCents", "startMonth" = EXCLUDED."startMonth";
    RETURN NULL;
END
$$;

CREATE TRIGGER "Offer_search_row_sync" AFTER INSERT OR UPDATE OF "status", "applicationDeadline", "publishedAt", "country",
    "workMode", "durationMinMonths", "durationMaxMonths", "stipendCents", "earliestStart" ON "Offer"
    FOR EACH ROW EXECUTE FUNCTION offer_search_row_sync();

CREATE FUNCTION offer_search_categories_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        UPDATE "OfferSearchRow" SET "categories" = offer_search_categories(NEW."offerId") WHERE "offerId" = NEW."offerId";
    END IF;
    IF TG_OP <> 'INSERT' THEN
        UPDATE "OfferSearchRow" SET "categories" = offer_search_categories(OLD."offerId") WHERE "offerId" = OLD."offerId";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "OfferCategory_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "OfferCategory"
    FOR EACH ROW EXECUTE FUNCTION offer_search_categories_sync();

CREATE FUNCTION offer_search_languages_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        UPDATE "OfferSearchRow" SET "languages" = offer_search_languages(NEW."offerId") WHERE "offerId" = NEW."offerId";
    END IF;
    IF TG_OP <> 'INSERT' THEN
        UPDATE "OfferSearchRow" SET "languages" = offer_search_languages(OLD."offerId") WHERE "offerId" = OLD."offerId";
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "OfferLanguage_search_sync" AFTER INSERT OR UPDATE OR DELETE ON "OfferLanguage"
    FOR EACH ROW EXECUTE FUNCTION offer_search_languages_sync();

-- Offers that existed before this migration.
INSERT INTO "OfferSearchRow" (
    "offerId", "status", "applicationDeadline", "publishedAt", "country", "workMode",
    "durationMinMonths", "durationMaxMonths", "stipendCents", "startMonth", "categories", "languages")
SELECT "id", "status"::text, "applicationDeadline", "publishedAt", "country", "workMode"::text,
    "durationMinMonths", "durationMaxMonths", COALESCE("stipendCents", 0), to_char("earliestStart", 'YYYY-MM'),
    offer_search_categories("id"), offer_search_languages("id")
FROM "Offer";
