-- docs/domain.md §3a: mobility formats, daily grant rates, offers per participant group, blended
-- short-term traineeships, sending organisations other than HEIs.

-- Key actions become text: "KA121-VET" and the other KA121/KA122 ids are no Prisma enum
-- identifiers; lib/domain/actions.ts validates every value written. USING keeps the rows and the
-- indexes on the columns.
ALTER TABLE "ProjectAgreement" ALTER COLUMN "action" TYPE TEXT USING "action"::text;
ALTER TABLE "Placement" ALTER COLUMN "action" TYPE TEXT USING "action"::text;
ALTER TABLE "MobilityRecord" ALTER COLUMN "action" TYPE TEXT USING "action"::text;
ALTER TABLE "GrantRate" ALTER COLUMN "action" TYPE TEXT USING "action"::text;
DROP TYPE "KeyAction";

CREATE TYPE "SendingOrganisationType" AS ENUM ('HEI', 'VET_PROVIDER', 'SCHOOL', 'ADULT_EDUCATION');

ALTER TABLE "Institution" ADD COLUMN "formatSettings" JSONB,
ADD COLUMN "type" "SendingOrganisationType" NOT NULL DEFAULT 'HEI',
ALTER COLUMN "erasmusCode" DROP NOT NULL;

ALTER TABLE "GrantRate" ADD COLUMN "shortTermFirstBandCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "shortTermSecondBandCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "staffDailyCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "learnerDailyCents" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "MobilityRecord" ADD COLUMN "format" TEXT NOT NULL DEFAULT 'HE-SMT-LONG',
ADD COLUMN "grantBasis" TEXT NOT NULL DEFAULT 'monthly',
ADD COLUMN "dailyRateCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "sendingOid" TEXT,
ADD COLUMN "virtualStart" TIMESTAMP(3),
ADD COLUMN "virtualEnd" TIMESTAMP(3),
ADD COLUMN "virtualDescription" TEXT;

ALTER TABLE "Offer" ADD COLUMN "durationMinDays" INTEGER,
ADD COLUMN "durationMaxDays" INTEGER,
ADD COLUMN "forStudents" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN "forStaff" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "forVetLearners" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Placement" ADD COLUMN "format" TEXT NOT NULL DEFAULT 'HE-SMT-LONG',
ADD COLUMN "virtualStart" TIMESTAMP(3),
ADD COLUMN "virtualEnd" TIMESTAMP(3),
ADD COLUMN "virtualDescription" TEXT;
