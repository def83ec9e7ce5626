-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "role" TEXT NOT NULL,
    "institutionId" TEXT,
    "hostOrganisationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "HostOrganisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "erasmusCode" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "pic" TEXT,
    "oid" TEXT,
    "website" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProjectAgreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "callYear" INTEGER NOT NULL,
    "agreementNumber" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProjectAgreement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ParticipantProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "fieldOfEducation" TEXT NOT NULL,
    "eqfLevel" INTEGER NOT NULL,
    "graduationDate" DATETIME,
    "selectedOn" DATETIME,
    "previousMobilityMonths" INTEGER NOT NULL DEFAULT 0,
    "oneCycleProgramme" BOOLEAN NOT NULL DEFAULT false,
    "fewerOpportunities" BOOLEAN NOT NULL DEFAULT false,
    "nationality" TEXT NOT NULL,
    "birthDate" DATETIME,
    "gender" TEXT,
    "skills" TEXT NOT NULL DEFAULT '',
    "cvFile" TEXT,
    "cvFileName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ParticipantProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ParticipantProfile_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ParticipantLanguage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "participantId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    CONSTRAINT "ParticipantLanguage_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ParticipantProfile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HostOrganisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "belowTwoFifty" BOOLEAN NOT NULL DEFAULT true,
    "naceSection" TEXT NOT NULL,
    "ecosystem" TEXT,
    "pic" TEXT,
    "oid" TEXT,
    "vat" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hostId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tasks" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "workMode" TEXT NOT NULL DEFAULT 'ON_SITE',
    "durationMinMonths" INTEGER NOT NULL,
    "durationMaxMonths" INTEGER NOT NULL,
    "earliestStart" DATETIME NOT NULL,
    "latestEnd" DATETIME NOT NULL,
    "stipendCents" INTEGER,
    "places" INTEGER NOT NULL DEFAULT 1,
    "applicationDeadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "requiredSkills" TEXT NOT NULL DEFAULT '',
    "dotCheck" JSONB,
    "dotQualifies" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Offer_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "HostOrganisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferCategory" (
    "offerId" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    PRIMARY KEY ("offerId", "category"),
    CONSTRAINT "OfferCategory_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OfferLanguage" (
    "offerId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" TEXT NOT NULL,

    PRIMARY KEY ("offerId", "language"),
    CONSTRAINT "OfferLanguage_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "offerId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "cvFile" TEXT,
    "cvFileName" TEXT,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "reason" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ParticipantProfile" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "callYear" INTEGER NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "checks" JSONB,
    "overrideCategories" JSONB,
    "overrideJustification" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Placement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Placement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MobilityRecord" (
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
    "overrideJustification" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MobilityRecord_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "MobilityRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LearningAgreement" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "placementId" TEXT NOT NULL,
    "plannedStart" DATETIME NOT NULL,
    "plannedEnd" DATETIME NOT NULL,
    "title" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL DEFAULT 38,
    "programme" TEXT NOT NULL,
    "digitalSkills" TEXT NOT NULL,
    "learningOutcomes" TEXT NOT NULL DEFAULT '',
    "monitoringPlan" TEXT NOT NULL DEFAULT '',
    "evaluationPlan" TEXT NOT NULL DEFAULT '',
    "workingLanguage" TEXT NOT NULL DEFAULT 'en',
    "workingLanguageLevel" TEXT NOT NULL DEFAULT 'B2',
    "mentorName" TEXT NOT NULL DEFAULT '',
    "mentorEmail" TEXT NOT NULL DEFAULT '',
    "recognition" TEXT NOT NULL DEFAULT '',
    "ects" INTEGER,
    "transcript" BOOLEAN NOT NULL DEFAULT true,
    "europassMobility" BOOLEAN NOT NULL DEFAULT true,
    "insurance" TEXT NOT NULL DEFAULT '',
    "hostSupport" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "traineeSignerId" TEXT,
    "traineeSignedAt" DATETIME,
    "officeSignerId" TEXT,
    "officeSignedAt" DATETIME,
    "hostSignerId" TEXT,
    "hostSignedAt" DATETIME,
    "signaturesVoidedAt" DATETIME,
    "changes" JSONB,
    "certificate" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "LearningAgreement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GrantRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "callYear" INTEGER NOT NULL,
    "countryGroup" INTEGER NOT NULL,
    "monthlyRateCents" INTEGER NOT NULL,
    "traineeshipTopUpCents" INTEGER NOT NULL DEFAULT 0,
    "fewerOpportunitiesTopUpCents" INTEGER NOT NULL DEFAULT 0,
    "greenTravelCents" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "GrantRate_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedOffer" (
    "userId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "offerId"),
    CONSTRAINT "SavedOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedOffer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "alertsOn" BOOLEAN NOT NULL DEFAULT true,
    "lastAlertAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "verb" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_institutionId_idx" ON "User"("institutionId");

-- CreateIndex
CREATE INDEX "User_hostOrganisationId_idx" ON "User"("hostOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_erasmusCode_key" ON "Institution"("erasmusCode");

-- CreateIndex
CREATE INDEX "Institution_country_idx" ON "Institution"("country");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectAgreement_institutionId_action_callYear_key" ON "ProjectAgreement"("institutionId", "action", "callYear");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantProfile_userId_key" ON "ParticipantProfile"("userId");

-- CreateIndex
CREATE INDEX "ParticipantProfile_institutionId_idx" ON "ParticipantProfile"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantLanguage_participantId_language_key" ON "ParticipantLanguage"("participantId", "language");

-- CreateIndex
CREATE INDEX "HostOrganisation_country_idx" ON "HostOrganisation"("country");

-- CreateIndex
CREATE INDEX "Offer_status_country_idx" ON "Offer"("status", "country");

-- CreateIndex
CREATE INDEX "Offer_status_earliestStart_idx" ON "Offer"("status", "earliestStart");

-- CreateIndex
CREATE INDEX "Offer_status_applicationDeadline_idx" ON "Offer"("status", "applicationDeadline");

-- CreateIndex
CREATE INDEX "Offer_status_publishedAt_idx" ON "Offer"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Offer_hostId_status_idx" ON "Offer"("hostId", "status");

-- CreateIndex
CREATE INDEX "OfferCategory_category_offerId_idx" ON "OfferCategory"("category", "offerId");

-- CreateIndex
CREATE INDEX "OfferLanguage_language_offerId_idx" ON "OfferLanguage"("language", "offerId");

-- CreateIndex
CREATE INDEX "Application_participantId_status_idx" ON "Application"("participantId", "status");

-- CreateIndex
CREATE INDEX "Application_offerId_status_idx" ON "Application"("offerId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_offerId_participantId_key" ON "Application"("offerId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_applicationId_key" ON "Placement"("applicationId");

-- CreateIndex
CREATE INDEX "Placement_institutionId_status_idx" ON "Placement"("institutionId", "status");

-- CreateIndex
CREATE INDEX "Placement_status_idx" ON "Placement"("status");

-- CreateIndex
CREATE UNIQUE INDEX "MobilityRecord_placementId_key" ON "MobilityRecord"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "MobilityRecord_mobilityId_key" ON "MobilityRecord"("mobilityId");

-- CreateIndex
CREATE INDEX "MobilityRecord_institutionId_callYear_action_idx" ON "MobilityRecord"("institutionId", "callYear", "action");

-- CreateIndex
CREATE INDEX "MobilityRecord_receivingCountry_idx" ON "MobilityRecord"("receivingCountry");

-- CreateIndex
CREATE UNIQUE INDEX "LearningAgreement_placementId_key" ON "LearningAgreement"("placementId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantRate_institutionId_action_callYear_countryGroup_key" ON "GrantRate"("institutionId", "action", "callYear", "countryGroup");

-- CreateIndex
CREATE INDEX "SavedSearch_alertsOn_idx" ON "SavedSearch"("alertsOn");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_verb_idx" ON "AuditEvent"("verb");

