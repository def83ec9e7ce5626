-- AlterTable
ALTER TABLE "MobilityRecord" ADD COLUMN     "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "approvedById" TEXT,
ADD COLUMN     "approvedByName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "overrideAt" TIMESTAMP(3),
ADD COLUMN     "overrideByName" TEXT,
ADD COLUMN     "overrideCategories" JSONB;

-- AlterTable
ALTER TABLE "ParticipantProfile" ADD COLUMN     "firstName" TEXT,
ADD COLUMN     "lastName" TEXT;
