-- Placement history (lib/domain/placement-lifecycle.ts): when the office refuses a placement and the
-- host proposes corrected dates, the refused proposal is kept here and the Placement row takes the
-- new one. Placement.applicationId stays unique, so every reader of application.placement is unchanged.
-- CreateTable
CREATE TABLE "PlacementProposal" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "status" "PlacementStatus" NOT NULL,
    "checks" JSONB,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "supersededAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlacementProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlacementProposal_placementId_supersededAt_idx" ON "PlacementProposal"("placementId", "supersededAt");

-- AddForeignKey
ALTER TABLE "PlacementProposal" ADD CONSTRAINT "PlacementProposal_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
