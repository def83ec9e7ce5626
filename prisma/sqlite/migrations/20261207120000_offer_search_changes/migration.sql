-- Offer search, part 3: a change feed for the per-process search index
-- (lib/server/services/offer-search/offer-index.ts, docs/decisions/0006-search-index-in-process.md).
-- Every write that can change what the search or the match ranking returns for an offer appends
-- the offer's id here, in the same transaction (triggers), so every instance sees every change:
-- it compares MAX("seq") with the last change it applied on each search and reloads just those
-- offers. '*' means "reload everything". Hand-written like parts 1 and 2 (see there).
-- AUTOINCREMENT: sequence numbers are never reused, and a rolled-back write leaves no gap, so an
-- instance that finds a gap after its last applied change knows it missed some (pruned) and reloads.
CREATE TABLE "OfferSearchChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "offerId" TEXT NOT NULL
);

-- The feed keeps the last 10,000 changes; an instance further behind reloads everything.
CREATE TRIGGER "OfferSearchChange_prune" AFTER INSERT ON "OfferSearchChange" BEGIN
    DELETE FROM "OfferSearchChange" WHERE "seq" <= new."seq" - 10000;
END;

CREATE TRIGGER "Offer_change_insert" AFTER INSERT ON "Offer" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (new."id");
END;
CREATE TRIGGER "Offer_change_update" AFTER UPDATE ON "Offer" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (new."id");
END;
CREATE TRIGGER "Offer_change_delete" AFTER DELETE ON "Offer" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (old."id");
END;
CREATE TRIGGER "OfferCategory_change_insert" AFTER INSERT ON "OfferCategory" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (new."offerId");
END;
CREATE TRIGGER "OfferCategory_change_update" AFTER UPDATE ON "OfferCategory" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (old."offerId"), (new."offerId");
END;
CREATE TRIGGER "OfferCategory_change_delete" AFTER DELETE ON "OfferCategory" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (old."offerId");
END;
CREATE TRIGGER "OfferLanguage_change_insert" AFTER INSERT ON "OfferLanguage" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (new."offerId");
END;
CREATE TRIGGER "OfferLanguage_change_update" AFTER UPDATE ON "OfferLanguage" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (old."offerId"), (new."offerId");
END;
CREATE TRIGGER "OfferLanguage_change_delete" AFTER DELETE ON "OfferLanguage" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") VALUES (old."offerId");
END;
-- The match ranking reads the host's type (lib/domain/matching/eligibility.ts).
CREATE TRIGGER "HostOrganisation_change_type" AFTER UPDATE OF "type" ON "HostOrganisation" BEGIN
    INSERT INTO "OfferSearchChange" ("offerId") SELECT "id" FROM "Offer" WHERE "hostId" = new."id";
END;
