-- Offer search, part 5: who the offer is for (docs/domain.md §3a; the search facet `for=`).
-- "audience" is a bit mask of the Offer's flags: forStudents 1, forStaff 2, forVetLearners 4
-- (lib/domain/offer-terms.ts, AUDIENCE_BIT), so the filter is one integer test:
-- ("audience" & 2) <> 0 for staff. Hand-written like parts 1–4 (see there).
ALTER TABLE "OfferSearchRow" ADD COLUMN "audience" INTEGER NOT NULL DEFAULT 1;

CREATE FUNCTION offer_search_audience(for_students boolean, for_staff boolean, for_vet boolean) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE WHEN for_students THEN 1 ELSE 0 END) + (CASE WHEN for_staff THEN 2 ELSE 0 END) + (CASE WHEN for_vet THEN 4 ELSE 0 END)
$$;

CREATE OR REPLACE FUNCTION offer_search_row_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OfferSearchRow" (
        "offerId", "status", "applicationDeadline", "publishedAt", "country", "workMode",
        "durationMinMonths", "durationMaxMonths", "stipendCents", "startMonth", "categories", "languages", "audience")
    VALUES (NEW."id", NEW."status"::text, NEW."applicationDeadline", NEW."publishedAt", NEW."country", NEW."workMode"::text,
        NEW."durationMinMonths", NEW."durationMaxMonths", COALESCE(NEW."stipendCents", 0), to_char(NEW."earliestStart", 'YYYY-MM'),
        offer_search_categories(NEW."id"), offer_search_languages(NEW."id"),
        offer_search_audience(NEW."forStudents", NEW."forStaff", NEW."forVetLearners"))
    ON CONFLICT ("offerId") DO UPDATE SET
        "status" = EXCLUDED."status", "applicationDeadline" = EXCLUDED."applicationDeadline",
        "publishedAt" = EXCLUDED."publishedAt", "country" = EXCLUDED."country", "workMode" = EXCLUDED."workMode",
        "durationMinMonths" = EXCLUDED."durationMinMonths", "durationMaxMonths" = EXCLUDED."durationMaxMonths",
        "stipendCents" = EXCLUDED."stipendCents", "startMonth" = EXCLUDED."startMonth", "audience" = EXCLUDED."audience";
    RETURN NULL;
END
$$;

DROP TRIGGER "Offer_search_row_sync" ON "Offer";
CREATE TRIGGER "Offer_search_row_sync" AFTER INSERT OR UPDATE OF "status", "applicationDeadline", "publishedAt", "country",
    "workMode", "durationMinMonths", "durationMaxMonths", "stipendCents", "earliestStart", "forStudents", "forStaff", "forVetLearners" ON "Offer"
    FOR EACH ROW EXECUTE FUNCTION offer_search_row_sync();

-- Offers that existed before this migration.
UPDATE "OfferSearchRow" r SET "audience" = offer_search_audience(o."forStudents", o."forStaff", o."forVetLearners")
FROM "Offer" o WHERE o."id" = r."offerId";
