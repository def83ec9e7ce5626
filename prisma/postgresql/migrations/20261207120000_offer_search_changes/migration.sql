-- Offer search, part 3: a change feed for the per-process search index
-- (lib/server/services/offer-search/offer-index.ts, docs/decisions/0006-search-index-in-process.md).
-- Every write that can change what the search or the match ranking returns for an offer appends
-- the offer's id here, in the same transaction (triggers), so every instance sees every change:
-- it compares MAX("seq") with the last change it applied on each search and reloads just those
-- offers. '*' means "reload everything" (TRUNCATE). Hand-written like parts 1 and 2 (see there).
--
-- "seq" numbers statements, not rows: the triggers run once per statement (with its rows as a
-- transition table), and all rows of one statement share its number. It comes from one counter
-- row, not a SEQUENCE: updating that row locks it until the writer commits, so numbers become
-- visible in order and without gaps (a SEQUENCE's can commit out of order, and a reader would
-- skip the late one). An instance that finds a gap after its last applied change knows it missed
-- some (pruned) and reloads everything. Once per statement, not per row: a row counter updated
-- 2,000 times in one statement walks ever longer version chains (inserting 2,000 offers took 20 s).
CREATE TABLE "OfferSearchChange" (
    "seq" BIGINT NOT NULL,
    "offerId" TEXT NOT NULL
);
CREATE INDEX "OfferSearchChange_seq_idx" ON "OfferSearchChange"("seq");
CREATE TABLE "OfferSearchVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL
);
INSERT INTO "OfferSearchVersion" ("id", "seq") VALUES (1, 0);

-- The next number, and the feed pruned to the last 10,000 statements (an instance further behind reloads everything).
CREATE FUNCTION offer_search_next_seq() RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE next_seq BIGINT;
BEGIN
    UPDATE "OfferSearchVersion" SET "seq" = "seq" + 1 WHERE "id" = 1 RETURNING "seq" INTO next_seq;
    DELETE FROM "OfferSearchChange" WHERE "seq" <= next_seq - 10000;
    RETURN next_seq;
END
$$;

-- The offers a statement touched: inserted or updated (new_rows), deleted (old_rows); of categories
-- and languages, the offers they belong to before and after. PL/pgSQL plans a statement when it
-- first runs, so each trigger only ever reads the transition tables it declares.
CREATE FUNCTION offer_search_offers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_seq BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM old_rows) THEN
            next_seq := offer_search_next_seq();
            INSERT INTO "OfferSearchChange" ("seq", "offerId") SELECT next_seq, r."id" FROM old_rows r;
        END IF;
    ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
        next_seq := offer_search_next_seq();
        INSERT INTO "OfferSearchChange" ("seq", "offerId") SELECT next_seq, r."id" FROM new_rows r;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION offer_search_offers_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OfferSearchChange" ("seq", "offerId") VALUES (offer_search_next_seq(), '*');
    RETURN NULL;
END
$$;
CREATE TRIGGER "Offer_change_insert" AFTER INSERT ON "Offer" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_offers_changed();
CREATE TRIGGER "Offer_change_update" AFTER UPDATE ON "Offer" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_offers_changed();
CREATE TRIGGER "Offer_change_delete" AFTER DELETE ON "Offer" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_offers_changed();
CREATE TRIGGER "Offer_change_truncate" AFTER TRUNCATE ON "Offer"
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_offers_truncated();

CREATE FUNCTION offer_search_children_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_seq BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM new_rows) THEN
            next_seq := offer_search_next_seq();
            INSERT INTO "OfferSearchChange" ("seq", "offerId") SELECT DISTINCT next_seq, r."offerId" FROM new_rows r;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM old_rows) THEN
            next_seq := offer_search_next_seq();
            INSERT INTO "OfferSearchChange" ("seq", "offerId") SELECT DISTINCT next_seq, r."offerId" FROM old_rows r;
        END IF;
    ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
        next_seq := offer_search_next_seq();
        INSERT INTO "OfferSearchChange" ("seq", "offerId")
        SELECT next_seq, r."offerId" FROM (SELECT "offerId" FROM old_rows UNION SELECT "offerId" FROM new_rows) r;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "OfferCategory_change_insert" AFTER INSERT ON "OfferCategory" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();
CREATE TRIGGER "OfferCategory_change_update" AFTER UPDATE ON "OfferCategory" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();
CREATE TRIGGER "OfferCategory_change_delete" AFTER DELETE ON "OfferCategory" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();
CREATE TRIGGER "OfferLanguage_change_insert" AFTER INSERT ON "OfferLanguage" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();
CREATE TRIGGER "OfferLanguage_change_update" AFTER UPDATE ON "OfferLanguage" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();
CREATE TRIGGER "OfferLanguage_change_delete" AFTER DELETE ON "OfferLanguage" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_children_changed();

-- The match ranking reads the host's type (lib/domain/matching/eligibility.ts).
CREATE FUNCTION offer_search_hosts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE next_seq BIGINT;
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows nw JOIN old_rows od ON od."id" = nw."id" WHERE od."type" IS DISTINCT FROM nw."type") THEN
        next_seq := offer_search_next_seq();
        INSERT INTO "OfferSearchChange" ("seq", "offerId")
        SELECT next_seq, f."id" FROM "Offer" f
        WHERE f."hostId" IN (SELECT nw."id" FROM new_rows nw JOIN old_rows od ON od."id" = nw."id" WHERE od."type" IS DISTINCT FROM nw."type");
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "HostOrganisation_change_type" AFTER UPDATE ON "HostOrganisation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_hosts_changed();
