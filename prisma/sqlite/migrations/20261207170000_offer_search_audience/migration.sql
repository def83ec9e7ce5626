-- Offer search, part 5: who the offer is for (docs/domain.md §3a; the search facet `for=`).
-- "audience" is a bit mask of the Offer's flags: forStudents 1, forStaff 2, forVetLearners 4
-- (lib/domain/offer-terms.ts, AUDIENCE_BIT), so the filter is one integer test:
-- ("audience" & 2) <> 0 for staff. Hand-written like parts 1–4 (see there); Prisma stores a
-- Boolean as 0/1 on SQLite. The covering indexes of part 2 gain the column, so the facet scans
-- of the SQL implementation (searchOffersSql) still read only an index.
ALTER TABLE "OfferSearchRow" ADD COLUMN "audience" INTEGER NOT NULL DEFAULT 1;

UPDATE "OfferSearchRow" SET "audience" = (
    SELECT (o."forStudents" <> 0) * 1 + (o."forStaff" <> 0) * 2 + (o."forVetLearners" <> 0) * 4
    FROM "Offer" o WHERE o."id" = "OfferSearchRow"."offerId");

DROP INDEX "OfferSearchRow_open_idx";
DROP INDEX "OfferSearchRow_country_idx";
DROP INDEX "OfferSearchRow_startMonth_idx";
CREATE INDEX "OfferSearchRow_open_idx" ON "OfferSearchRow"("status", "applicationDeadline", "workMode", "durationMinMonths", "durationMaxMonths", "stipendCents", "publishedAt", "country", "startMonth", "categories", "languages", "audience");
CREATE INDEX "OfferSearchRow_country_idx" ON "OfferSearchRow"("status", "country", "applicationDeadline", "workMode", "durationMinMonths", "durationMaxMonths", "stipendCents", "publishedAt", "startMonth", "categories", "languages", "audience");
CREATE INDEX "OfferSearchRow_startMonth_idx" ON "OfferSearchRow"("status", "startMonth", "applicationDeadline", "workMode", "durationMinMonths", "durationMaxMonths", "stipendCents", "publishedAt", "country", "categories", "languages", "audience");

DROP TRIGGER "Offer_search_insert";
CREATE TRIGGER "Offer_search_insert" AFTER INSERT ON "Offer" BEGIN
    INSERT INTO "OfferSearchRow" (
        "offerId", "status", "applicationDeadline", "publishedAt", "country", "workMode",
        "durationMinMonths", "durationMaxMonths", "stipendCents", "startMonth", "audience")
    VALUES (new."id", new."status", new."applicationDeadline", new."publishedAt", new."country", new."workMode",
        new."durationMinMonths", new."durationMaxMonths", COALESCE(new."stipendCents", 0), substr(new."earliestStart", 1, 7),
        (new."forStudents" <> 0) * 1 + (new."forStaff" <> 0) * 2 + (new."forVetLearners" <> 0) * 4);
    INSERT INTO "OfferSearch" (rowid, title, description, tasks, language)
    VALUES ((SELECT "docId" FROM "OfferSearchRow" WHERE "offerId" = new."id"), new."title", new."description", new."tasks", new."language");
END;

DROP TRIGGER "Offer_search_update_row";
CREATE TRIGGER "Offer_search_update_row" AFTER UPDATE OF "status", "applicationDeadline", "publishedAt", "country", "workMode",
    "durationMinMonths", "durationMaxMonths", "stipendCents", "earliestStart", "forStudents", "forStaff", "forVetLearners" ON "Offer" BEGIN
    UPDATE "OfferSearchRow" SET
        "status" = new."status", "applicationDeadline" = new."applicationDeadline", "publishedAt" = new."publishedAt",
        "country" = new."country", "workMode" = new."workMode", "durationMinMonths" = new."durationMinMonths",
        "durationMaxMonths" = new."durationMaxMonths", "stipendCents" = COALESCE(new."stipendCents", 0),
        "startMonth" = substr(new."earliestStart", 1, 7),
        "audience" = (new."forStudents" <> 0) * 1 + (new."forStaff" <> 0) * 2 + (new."forVetLearners" <> 0) * 4
    WHERE "offerId" = new."id";
END;
