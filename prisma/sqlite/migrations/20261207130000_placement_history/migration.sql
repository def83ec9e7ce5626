-- Placement history (lib/domain/placement-lifecycle.ts): when the office refuses a placement and the
-- host proposes corrected dates, the refused proposal is kept here and the Placement row takes the
-- new one. Placement.applicationId stays unique, so every reader of application.placement is unchanged.
-- CreateTable
CREATE TABLE "PlacementProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "checks" JSONB,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    "proposedAt" DATETIME NOT NULL,
    "supersededAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlacementProposal_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PlacementProposal_placementId_supersededAt_idx" ON "PlacementProposal"("placementId", "supersededAt");
