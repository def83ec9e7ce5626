-- docs/domain.md §3a: mobility formats, daily grant rates, offers per participant group, blended
-- short-term traineeships, sending organisations other than HEIs. Columns are added in place (not
-- by rebuilding the table) so the offer-search triggers on "Offer" stay attached.

ALTER TABLE "GrantRate" ADD COLUMN "shortTermFirstBandCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "GrantRate" ADD COLUMN "shortTermSecondBandCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "GrantRate" ADD COLUMN "staffDailyCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "GrantRate" ADD COLUMN "learnerDailyCents" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "MobilityRecord" ADD COLUMN "format" TEXT NOT NULL DEFAULT 'HE-SMT-LONG';
ALTER TABLE "MobilityRecord" ADD COLUMN "grantBasis" TEXT NOT NULL DEFAULT 'monthly';
ALTER TABLE "MobilityRecord" ADD COLUMN "dailyRateCents" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "MobilityRecord" ADD COLUMN "sendingOid" TEXT;
ALTER TABLE "MobilityRecord" ADD COLUMN "virtualStart" DATETIME;
ALTER TABLE "MobilityRecord" ADD COLUMN "virtualEnd" DATETIME;
ALTER TABLE "MobilityRecord" ADD COLUMN "virtualDescription" TEXT;

ALTER TABLE "Offer" ADD COLUMN "durationMinDays" INTEGER;
ALTER TABLE "Offer" ADD COLUMN "durationMaxDays" INTEGER;
ALTER TABLE "Offer" ADD COLUMN "forStudents" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Offer" ADD COLUMN "forStaff" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Offer" ADD COLUMN "forVetLearners" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Placement" ADD COLUMN "format" TEXT NOT NULL DEFAULT 'HE-SMT-LONG';
ALTER TABLE "Placement" ADD COLUMN "virtualStart" DATETIME;
ALTER TABLE "Placement" ADD COLUMN "virtualEnd" DATETIME;
ALTER TABLE "Placement" ADD COLUMN "virtualDescription" TEXT;

-- Institution: a type, optional settings, and an Erasmus code only HEIs have (NOT NULL dropped,
-- which SQLite can only do by rebuilding the table; no trigger reads it).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Institution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL DEFAULT 'HEI',
    "erasmusCode" TEXT,
    "formatSettings" JSONB,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "pic" TEXT,
    "oid" TEXT,
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Institution" ("city", "country", "createdAt", "erasmusCode", "id", "name", "oid", "pic", "updatedAt", "website") SELECT "city", "country", "createdAt", "erasmusCode", "id", "name", "oid", "pic", "updatedAt", "website" FROM "Institution";
DROP TABLE "Institution";
ALTER TABLE "new_Institution" RENAME TO "Institution";
CREATE UNIQUE INDEX "Institution_erasmusCode_key" ON "Institution"("erasmusCode");
CREATE INDEX "Institution_country_idx" ON "Institution"("country");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
