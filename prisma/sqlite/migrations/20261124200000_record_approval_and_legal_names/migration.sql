-- AlterTable
ALTER TABLE "ParticipantProfile" ADD COLUMN "firstName" TEXT;
ALTER TABLE "ParticipantProfile" ADD COLUMN "lastName" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MobilityRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "callYear" INTEGER NOT NULL,
    "activityType" TEXT NOT NULL,
    "agreementNumber" TEXT NOT NULL,
    "mobilityId" TEXT NOT NULL,
    "digitalSkills" BOOLEAN NOT NULL DEFAULT true,
    "categories" JSONB NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "fundedMonths" INTEGER NOT NULL,
    "extraDays" INTEGER NOT NULL,
    "countryGroup" INTEGER,
    "monthlyRateCents" INTEGER NOT NULL,
    "baseGrantCents" INTEGER NOT NULL,
    "topUpCents" INTEGER NOT NULL,
    "travelCents" INTEGER NOT NULL DEFAULT 0,
    "totalGrantCents" INTEGER NOT NULL,
    "participantFirstName" TEXT NOT NULL,
    "participantLastName" TEXT NOT NULL,
    "participantEmail" TEXT NOT NULL,
    "participantBirthDate" DATETIME,
    "participantNationality" TEXT NOT NULL,
    "participantGender" TEXT,
    "recentGraduate" BOOLEAN NOT NULL,
    "fewerOpportunities" BOOLEAN NOT NULL,
    "fieldOfEducation" TEXT NOT NULL,
    "eqfLevel" INTEGER NOT NULL,
    "previousParticipationMonths" INTEGER NOT NULL,
    "mainLanguage" TEXT NOT NULL,
    "sendingName" TEXT NOT NULL,
    "sendingErasmusCode" TEXT NOT NULL,
    "sendingCountry" TEXT NOT NULL,
    "sendingCity" TEXT NOT NULL,
    "receivingName" TEXT NOT NULL,
    "receivingPic" TEXT,
    "receivingOid" TEXT,
    "receivingBelowTwoFifty" BOOLEAN NOT NULL,
    "receivingSector" TEXT NOT NULL,
    "receivingCountry" TEXT NOT NULL,
    "receivingCity" TEXT NOT NULL,
    "approvedById" TEXT,
    "approvedByName" TEXT NOT NULL DEFAULT '',
    "approvedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "overrideJustification" TEXT,
    "overrideCategories" JSONB,
    "overrideByName" TEXT,
    "overrideAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MobilityRecord_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MobilityRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_MobilityRecord" ("action", "activityType", "agreementNumber", "baseGrantCents", "callYear", "categories", "countryGroup", "createdAt", "digitalSkills", "durationDays", "endDate", "eqfLevel", "extraDays", "fewerOpportunities", "fieldOfEducation", "fundedMonths", "id", "institutionId", "mainLanguage", "mobilityId", "monthlyRateCents", "overrideJustification", "participantBirthDate", "participantEmail", "participantFirstName", "participantGender", "participantLastName", "participantNationality", "placementId", "previousParticipationMonths", "receivingBelowTwoFifty", "receivingCity", "receivingCountry", "receivingName", "receivingOid", "receivingPic", "receivingSector", "recentGraduate", "sendingCity", "sendingCountry", "sendingErasmusCode", "sendingName", "startDate", "topUpCents", "totalGrantCents", "travelCents") SELECT "action", "activityType", "agreementNumber", "baseGrantCents", "callYear", "categories", "countryGroup", "createdAt", "digitalSkills", "durationDays", "endDate", "eqfLevel", "extraDays", "fewerOpportunities", "fieldOfEducation", "fundedMonths", "id", "institutionId", "mainLanguage", "mobilityId", "monthlyRateCents", "overrideJustification", "participantBirthDate", "participantEmail", "participantFirstName", "participantGender", "participantLastName", "participantNationality", "placementId", "previousParticipationMonths", "receivingBelowTwoFifty", "receivingCity", "receivingCountry", "receivingName", "receivingOid", "receivingPic", "receivingSector", "recentGraduate", "sendingCity", "sendingCountry", "sendingErasmusCode", "sendingName", "startDate", "topUpCents", "totalGrantCents", "travelCents" FROM "MobilityRecord";
DROP TABLE "MobilityRecord";
ALTER TABLE "new_MobilityRecord" RENAME TO "MobilityRecord";
CREATE UNIQUE INDEX "MobilityRecord_placementId_key" ON "MobilityRecord"("placementId");
CREATE UNIQUE INDEX "MobilityRecord_mobilityId_key" ON "MobilityRecord"("mobilityId");
CREATE INDEX "MobilityRecord_institutionId_callYear_action_idx" ON "MobilityRecord"("institutionId", "callYear", "action");
CREATE INDEX "MobilityRecord_receivingCountry_idx" ON "MobilityRecord"("receivingCountry");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
