-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STUDENT', 'COMPANY', 'OFFICE', 'ADMIN');

-- CreateEnum
CREATE TYPE "ParticipantCategory" AS ENUM ('HE_STUDENT', 'HE_RECENT_GRADUATE', 'HE_STAFF', 'VET_LEARNER', 'VET_RECENT_GRADUATE', 'VET_STAFF', 'SCHOOL_STAFF', 'ADULT_EDUCATION_STAFF');

-- CreateEnum
CREATE TYPE "HostType" AS ENUM ('COMPANY', 'NGO', 'PUBLIC_BODY', 'RESEARCH', 'HEI', 'EU_INSTITUTION', 'NATIONAL_AGENCY');

-- CreateEnum
CREATE TYPE "WorkMode" AS ENUM ('ON_SITE', 'HYBRID', 'REMOTE');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "KeyAction" AS ENUM ('KA103', 'KA107', 'KA131');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('PROPOSED', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CefrLevel" AS ENUM ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "role" "Role" NOT NULL,
    "institutionId" TEXT,
    "hostOrganisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "erasmusCode" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "pic" TEXT,
    "oid" TEXT,
    "website" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectAgreement" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" "KeyAction" NOT NULL,
    "callYear" INTEGER NOT NULL,
    "agreementNumber" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "category" "ParticipantCategory" NOT NULL,
    "fieldOfEducation" TEXT NOT NULL,
    "eqfLevel" INTEGER NOT NULL,
    "graduationDate" TIMESTAMP(3),
    "selectedOn" TIMESTAMP(3),
    "previousMobilityMonths" INTEGER NOT NULL DEFAULT 0,
    "oneCycleProgramme" BOOLEAN NOT NULL DEFAULT false,
    "fewerOpportunities" BOOLEAN NOT NULL DEFAULT false,
    "nationality" TEXT NOT NULL,
    "birthDate" TIMESTAMP(3),
    "gender" TEXT,
    "skills" TEXT NOT NULL DEFAULT '',
    "cvFile" TEXT,
    "cvFileName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ParticipantProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantLanguage" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" "CefrLevel" NOT NULL,

    CONSTRAINT "ParticipantLanguage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostOrganisation" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "type" "HostType" NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostOrganisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "tasks" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "country" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "workMode" "WorkMode" NOT NULL DEFAULT 'ON_SITE',
    "durationMinMonths" INTEGER NOT NULL,
    "durationMaxMonths" INTEGER NOT NULL,
    "earliestStart" TIMESTAMP(3) NOT NULL,
    "latestEnd" TIMESTAMP(3) NOT NULL,
    "stipendCents" INTEGER,
    "places" INTEGER NOT NULL DEFAULT 1,
    "applicationDeadline" TIMESTAMP(3) NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'DRAFT',
    "requiredSkills" TEXT NOT NULL DEFAULT '',
    "dotCheck" JSONB,
    "dotQualifies" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfferCategory" (
    "offerId" TEXT NOT NULL,
    "category" TEXT NOT NULL,

    CONSTRAINT "OfferCategory_pkey" PRIMARY KEY ("offerId","category")
);

-- CreateTable
CREATE TABLE "OfferLanguage" (
    "offerId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" "CefrLevel" NOT NULL,

    CONSTRAINT "OfferLanguage_pkey" PRIMARY KEY ("offerId","language")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "motivation" TEXT NOT NULL,
    "cvFile" TEXT,
    "cvFileName" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" "KeyAction" NOT NULL,
    "callYear" INTEGER NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'PROPOSED',
    "checks" JSONB,
    "overrideCategories" JSONB,
    "overrideJustification" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MobilityRecord" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" "KeyAction" NOT NULL,
    "callYear" INTEGER NOT NULL,
    "activityType" TEXT NOT NULL,
    "agreementNumber" TEXT NOT NULL,
    "mobilityId" TEXT NOT NULL,
    "digitalSkills" BOOLEAN NOT NULL DEFAULT true,
    "categories" JSONB NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "endDate" TIMESTAMP(3) NOT NULL,
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
    "participantBirthDate" TIMESTAMP(3),
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MobilityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningAgreement" (
    "id" TEXT NOT NULL,
    "placementId" TEXT NOT NULL,
    "plannedStart" TIMESTAMP(3) NOT NULL,
    "plannedEnd" TIMESTAMP(3) NOT NULL,
    "title" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL DEFAULT 38,
    "programme" TEXT NOT NULL,
    "digitalSkills" TEXT NOT NULL,
    "learningOutcomes" TEXT NOT NULL DEFAULT '',
    "monitoringPlan" TEXT NOT NULL DEFAULT '',
    "evaluationPlan" TEXT NOT NULL DEFAULT '',
    "workingLanguage" TEXT NOT NULL DEFAULT 'en',
    "workingLanguageLevel" "CefrLevel" NOT NULL DEFAULT 'B2',
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
    "traineeSignedAt" TIMESTAMP(3),
    "officeSignerId" TEXT,
    "officeSignedAt" TIMESTAMP(3),
    "hostSignerId" TEXT,
    "hostSignedAt" TIMESTAMP(3),
    "signaturesVoidedAt" TIMESTAMP(3),
    "changes" JSONB,
    "certificate" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearningAgreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantRate" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "action" "KeyAction" NOT NULL,
    "callYear" INTEGER NOT NULL,
    "countryGroup" INTEGER NOT NULL,
    "monthlyRateCents" INTEGER NOT NULL,
    "traineeshipTopUpCents" INTEGER NOT NULL DEFAULT 0,
    "fewerOpportunitiesTopUpCents" INTEGER NOT NULL DEFAULT 0,
    "greenTravelCents" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GrantRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedOffer" (
    "userId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedOffer_pkey" PRIMARY KEY ("userId","offerId")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "alertsOn" BOOLEAN NOT NULL DEFAULT true,
    "lastAlertAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "verb" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "HostOrganisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectAgreement" ADD CONSTRAINT "ProjectAgreement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantProfile" ADD CONSTRAINT "ParticipantProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantProfile" ADD CONSTRAINT "ParticipantProfile_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParticipantLanguage" ADD CONSTRAINT "ParticipantLanguage_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ParticipantProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "HostOrganisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferCategory" ADD CONSTRAINT "OfferCategory_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfferLanguage" ADD CONSTRAINT "OfferLanguage_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "ParticipantProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MobilityRecord" ADD CONSTRAINT "MobilityRecord_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningAgreement" ADD CONSTRAINT "LearningAgreement_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "Placement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantRate" ADD CONSTRAINT "GrantRate_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedOffer" ADD CONSTRAINT "SavedOffer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedOffer" ADD CONSTRAINT "SavedOffer_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

