// The plan's shape on its own, so the parts planned apart (historic.ts) can name it without
// importing index.ts, which imports them.
import type { Prisma } from "@/generated/prisma/client";

type WithId<T> = T & { id: string };

export interface SeedPlan {
  institutions: WithId<Prisma.InstitutionCreateManyInput>[];
  hosts: WithId<Prisma.HostOrganisationCreateManyInput>[];
  users: WithId<Prisma.UserCreateManyInput>[];
  profiles: WithId<Prisma.ParticipantProfileCreateManyInput>[];
  participantLanguages: Prisma.ParticipantLanguageCreateManyInput[];
  offers: WithId<Prisma.OfferCreateManyInput>[];
  offerCategories: Prisma.OfferCategoryCreateManyInput[];
  offerLanguages: Prisma.OfferLanguageCreateManyInput[];
  applications: WithId<Prisma.ApplicationCreateManyInput>[];
  placements: WithId<Prisma.PlacementCreateManyInput>[];
  agreements: WithId<Prisma.ProjectAgreementCreateManyInput>[];
  grantRates: WithId<Prisma.GrantRateCreateManyInput>[];
  learningAgreements: WithId<Prisma.LearningAgreementCreateManyInput>[];
  mobilityRecords: WithId<Prisma.MobilityRecordCreateManyInput>[];
  warnings: string[];
}
