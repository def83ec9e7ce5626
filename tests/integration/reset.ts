// Empties every table between tests (children first), so each test starts from a known state.
import { prisma } from "@/lib/server/db";
import { provider } from "./db-urls";

const TABLES = [
  "Job",
  "DataExport",
  "AccountDeletion",
  "StoredFile",
  "ThrottleCounter",
  "AuditEvent",
  "ApplicationMessage",
  "ExternalIdentity",
  "AuthToken",
  "SsoDomain",
  "SavedSearch",
  "SavedOffer",
  "GrantRate",
  "LearningAgreement",
  "MobilityRecord",
  "PlacementProposal",
  "Placement",
  "Application",
  "OfferLanguage",
  "OfferCategory",
  "Offer",
  "ParticipantLanguage",
  "ParticipantProfile",
  "ProjectAgreement",
  "User",
  "HostOrganisation",
  "Institution",
];

export async function resetDatabase() {
  if (provider === "postgresql") {
    await prisma.$executeRawUnsafe(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(", ")} CASCADE`);
    return;
  }
  for (const table of TABLES) await prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
}
