// Typed builders shared by the seed and the tests: each takes the client (or a transaction client)
// and partial overrides, fills in realistic defaults, writes, and returns the created row. Missing
// parents are created on the fly, so `createPlacement(db)` alone yields a whole eligible chain
// (Belgian HEI → student → Dutch software host → offer → ACCEPTED application → PROPOSED placement).
import type {
  Application,
  HostOrganisation,
  Institution,
  Offer,
  OfferCategory,
  OfferLanguage,
  ParticipantLanguage,
  ParticipantProfile,
  Placement,
  User,
} from "@/generated/prisma/client";
import { hashPassword } from "@/lib/server/auth/password";
import { type ApplicationInput, applicationData } from "./build/application";
import { type HostInput, hostData } from "./build/host";
import { type InstitutionInput, institutionData } from "./build/institution";
import { type OfferInput, offerData } from "./build/offer";
import { type ParticipantInput, participantData } from "./build/participant";
import { type PlacementInput, placementData } from "./build/placement";
import { type UserInput, userData } from "./build/user";
import type { SeedDb } from "./db";

export type { SeedDb } from "./db";

export type UserOverrides = UserInput & {
  /** Plain password, hashed with the app's hashPassword (slow: prefer passwordHash in loops). */
  password?: string;
};

export async function createInstitution(db: SeedDb, overrides: InstitutionInput = {}): Promise<Institution> {
  return db.institution.create({ data: institutionData(overrides) });
}

export async function createUser(db: SeedDb, overrides: UserOverrides = {}): Promise<User> {
  const { password, ...fields } = overrides;
  const passwordHash = fields.passwordHash ?? (password !== undefined ? await hashPassword(password) : null);
  return db.user.create({ data: userData({ ...fields, passwordHash }) });
}

export type HostOverrides = HostInput & {
  /** Also create a COMPANY user of this host: `true` for defaults, or the user's fields. */
  user?: true | UserOverrides;
};

export async function createHostOrganisation(
  db: SeedDb,
  overrides: HostOverrides = {},
): Promise<HostOrganisation & { users: User[] }> {
  const { user, ...fields } = overrides;
  const host = await db.hostOrganisation.create({ data: hostData(fields) });
  const users: User[] = [];
  if (user) {
    users.push(
      await createUser(db, { ...(user === true ? {} : user), role: "COMPANY", hostOrganisationId: host.id }),
    );
  }
  return { ...host, users };
}

export type OfferOverrides = Omit<OfferInput, "hostId"> & { hostId?: string };

/** Offer + declared OfferCategory rows + OfferLanguage rows; country and city follow the host. */
export async function createOffer(
  db: SeedDb,
  overrides: OfferOverrides = {},
): Promise<Offer & { categories: OfferCategory[]; languages: OfferLanguage[] }> {
  const host = overrides.hostId
    ? await db.hostOrganisation.findUniqueOrThrow({ where: { id: overrides.hostId } })
    : await createHostOrganisation(db);
  const rows = offerData({ country: host.country, city: host.city, ...overrides, hostId: host.id });
  return db.offer.create({
    data: {
      ...rows.offer,
      categories: { create: rows.categories.map((category) => ({ category })) },
      languages: { create: rows.languages },
    },
    include: { categories: true, languages: true },
  });
}

export type ParticipantOverrides = Omit<ParticipantInput, "institutionId" | "userId"> & {
  institutionId?: string;
  /** An existing user to attach the profile to; otherwise a STUDENT user is created. */
  userId?: string;
  /** Fields of the STUDENT user created alongside (ignored when userId is given). */
  user?: UserOverrides;
};

/** A STUDENT user + ParticipantProfile + ParticipantLanguage rows. */
export async function createParticipant(
  db: SeedDb,
  overrides: ParticipantOverrides = {},
): Promise<ParticipantProfile & { user: User; languages: ParticipantLanguage[] }> {
  const institutionId = overrides.institutionId ?? (await createInstitution(db)).id;
  const { user: userOverrides, ...fields } = overrides;
  const user = fields.userId
    ? await db.user.findUniqueOrThrow({ where: { id: fields.userId } })
    : await createUser(db, { role: "STUDENT", ...userOverrides });
  // Test users are "Test User <tag>": legal names follow the display name unless given.
  const [firstName, ...rest] = user.name.split(" ");
  const rows = participantData({ firstName, lastName: rest.join(" ") || firstName, ...fields, institutionId, userId: user.id });
  return db.participantProfile.create({
    data: { ...rows.profile, languages: { createMany: { data: rows.languages } } },
    include: { user: true, languages: true },
  });
}

export type ApplicationOverrides = Partial<ApplicationInput>;

export async function createApplication(db: SeedDb, overrides: ApplicationOverrides = {}): Promise<Application> {
  const offerId = overrides.offerId ?? (await createOffer(db)).id;
  const participantId = overrides.participantId ?? (await createParticipant(db)).id;
  const decided = overrides.status && overrides.status !== "SUBMITTED";
  return db.application.create({
    data: applicationData({ decidedAt: decided ? new Date() : undefined, ...overrides, offerId, participantId }),
  });
}

export type PlacementOverrides = Partial<PlacementInput>;

/**
 * A placement from an ACCEPTED application (created when applicationId is not given); the
 * institution is the participant's, as the office queue expects.
 */
export async function createPlacement(db: SeedDb, overrides: PlacementOverrides = {}): Promise<Placement> {
  const applicationId = overrides.applicationId ?? (await createApplication(db, { status: "ACCEPTED" })).id;
  const institutionId =
    overrides.institutionId ??
    (
      await db.application.findUniqueOrThrow({
        where: { id: applicationId },
        select: { participant: { select: { institutionId: true } } },
      })
    ).participant.institutionId;
  return db.placement.create({ data: placementData({ ...overrides, applicationId, institutionId }) });
}
