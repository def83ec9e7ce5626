-- Full-text search over offers (issue 4 "Search"), kept in sync by triggers on "Offer".
-- Hand-written: Prisma's schema language cannot express FTS5 tables or triggers, so these
-- objects are not in prisma/models.prisma (tests/integration/migrations.test.ts knows them).
--
-- "OfferSearchKey" gives every offer a stable integer document id: FTS5 rows are keyed by an
-- integer rowid, and "Offer"'s own implicit rowid may change on VACUUM (it has a text primary key).
CREATE TABLE "OfferSearchKey" (
    "docId" INTEGER NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "OfferSearchKey_offerId_key" ON "OfferSearchKey"("offerId");

-- Contentless (the text stays in "Offer"); contentless_delete lets triggers remove a document
-- by rowid. unicode61 + remove_diacritics 2 folds case and accents in every language the offers
-- are written in ("developpeur" finds "développeur"); prefix indexes make "term*" queries cheap.
CREATE VIRTUAL TABLE "OfferSearch" USING fts5(
    title, description, tasks,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3 4 5'
);

CREATE TRIGGER "Offer_search_insert" AFTER INSERT ON "Offer" BEGIN
    INSERT INTO "OfferSearchKey" ("offerId") VALUES (new."id");
    INSERT INTO "OfferSearch" (rowid, title, description, tasks)
    VALUES ((SELECT "docId" FROM "OfferSearchKey" WHERE "offerId" = new."id"), new."title", new."description", new."tasks");
END;

CREATE TRIGGER "Offer_search_update" AFTER UPDATE OF "id", "title", "description", "tasks" ON "Offer" BEGIN
    UPDATE "OfferSearchKey" SET "offerId" = new."id" WHERE "offerId" = old."id";
    DELETE FROM "OfferSearch" WHERE rowid = (SELECT "docId" FROM "OfferSearchKey" WHERE "offerId" = new."id");
    INSERT INTO "OfferSearch" (rowid, title, description, tasks)
    VALUES ((SELECT "docId" FROM "OfferSearchKey" WHERE "offerId" = new."id"), new."title", new."description", new."tasks");
END;

CREATE TRIGGER "Offer_search_delete" AFTER DELETE ON "Offer" BEGIN
    DELETE FROM "OfferSearch" WHERE rowid = (SELECT "docId" FROM "OfferSearchKey" WHERE "offerId" = old."id");
    DELETE FROM "OfferSearchKey" WHERE "offerId" = old."id";
END;

-- Offers that existed before this migration.
INSERT INTO "OfferSearchKey" ("offerId") SELECT "id" FROM "Offer";
INSERT INTO "OfferSearch" (rowid, title, description, tasks)
SELECT k."docId", o."title", o."description", o."tasks" FROM "Offer" o JOIN "OfferSearchKey" k ON k."offerId" = o."id";
