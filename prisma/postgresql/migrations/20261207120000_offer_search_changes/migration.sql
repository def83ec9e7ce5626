-- Offer search, part 3: a change feed for the per-process search index
-- (lib/server/services/offer-search/offer-index.ts, docs/decisions/0006-search-index-in-process.md).
-- Every write that can change what the search or the match ranking returns for an offer appends
-- the offer's id here, in the same transaction (triggers), so every instance sees every change:
-- it compares MAX("seq") with the last change it applied on each search and reloads just those
-- offers. '*' means "reload everything" (TRUNCATE). Hand-written like parts 1 and 2 (see there).
-- The sequence number comes from one counter row, not a SEQUENCE: updating the row locks it until
-- the writer commits, so numbers become visible in order and without gaps (a SEQUENCE's can
-- commit out of order, and a reader would skip the late one). An instance that finds a gap after
-- its last applied change knows it missed some (pruned) and reloads everything.
CREATE TABLE "OfferSearchChange" (
    "seq" BIGINT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL
);
CREATE TABLE "OfferSearchVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "seq" BIGINT NOT NULL
);
INSERT INTO "OfferSearchVersion" ("id", "seq") VALUES (1, 0);

-- The feed keeps the last 10,000 changes; an instance further behind reloads everything.
CREATE FUNCTION offer_search_log(offer_id text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE next_seq BIGINT;
BEGIN
    UPDATE "OfferSearchVersion" SET "seq" = "seq" + 1 WHERE "id" = 1 RETURNING "seq" INTO next_seq;
    INSERT INTO "OfferSearchChange" ("seq", "offerId") VALUES (next_seq, offer_id);
    DELETE FROM "OfferSearchChange" WHERE "seq" <= next_seq - 10000;
END
$$;

CREATE FUNCTION offer_search_offer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM offer_search_log('*');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM offer_search_log(OLD."id");
    ELSE
        PERFORM offer_search_log(NEW."id");
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "Offer_change" AFTER INSERT OR UPDATE OR DELETE ON "Offer"
    FOR EACH ROW EXECUTE FUNCTION offer_search_offer_changed();
CREATE TRIGGER "Offer_change_truncate" AFTER TRUNCATE ON "Offer"
    FOR EACH STATEMENT EXECUTE FUNCTION offer_search_offer_changed();

-- Categories and languages: the offer they belong to (before and after).
CREATE FUNCTION offer_search_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN PERFORM offer_search_log(OLD."offerId"); END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."offerId" <> OLD."offerId") THEN PERFORM offer_search_log(NEW."offerId"); END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER "OfferCategory_change" AFTER INSERT OR UPDATE OR DELETE ON "OfferCategory"
    FOR EACH ROW EXECUTE FUNCTION offer_search_child_changed();
CREATE TRIGGER "OfferLanguage_change" AFTER INSERT OR UPDATE OR DELETE ON "OfferLanguage"
    FOR EACH ROW EXECUTE FUNCTION offer_search_child_changed();

-- The match ranking reads the host's type (lib/domain/matching/eligibility.ts).
CREATE FUNCTION offer_search_host_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM offer_search_log(o."id") FROM "Offer" o WHERE o."hostId" = NEW."id";
    RETURN NULL;
END
$$;
CREATE TRIGGER "HostOrganisation_change_type" AFTER UPDATE OF "type" ON "HostOrganisation"
    FOR EACH ROW WHEN (OLD."type" IS DISTINCT FROM NEW."type") EXECUTE FUNCTION offer_search_host_changed();
