// Typed builders shared by the seed and the tests: each takes the client (or a transaction client)
// and partial overrides, fills in realistic defaults, writes, and returns the created row. Missing
// parents are created on the fly, so `createPlacement(db)` alone yields a whole eligible chain
// (Belgian HEI → student → Dutch software host → offer → ACCEPTED application → PROPOSED placement).
import type {
  MobilityRecord,
  ParticipantCategory,
  Prisma,
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
import { ACTION_CALL_YEARS, type KeyAction, type Sector, asKeyAction, sectorOfAction } from "@/lib/domain/actions";
import { FORMATS, type FormatId, inferFormat, isFormatId, virtualComponentRequired } from "@/lib/domain/formats";
import { isRecentGraduateCategory } from "@/lib/domain/participants";
import { type GrantRateRow, toGrantRateRows } from "@/lib/domain/grants";
import { hashPassword } from "@/lib/server/auth/password";
import { type ApplicationInput, applicationData } from "./build/application";
import { type HostInput, hostData } from "./build/host";
import { type InstitutionInput, institutionData } from "./build/institution";
import { type OfferInput, offerData } from "./build/offer";
import { type ParticipantInput, participantData } from "./build/participant";
import { type PlacementInput, placementData } from "./build/placement";
import { mobilityRecordData } from "./build/mobility-record";
import { type UserInput, userData } from "./build/user";
import { agreementNumber as agreementNumberFor } from "./data/agreements";
import type { SeedDb } from "./db";
import { addDays, periodEnd, utcDate } from "./dates";

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

export async function createHostOrganisation(db: SeedDb, overrides: HostOverrides = {}): Promise<HostOrganisation & { users: User[] }> {
  const { user, ...fields } = overrides;
  const host = await db.hostOrganisation.create({ data: hostData(fields) });
  const users: User[] = [];
  if (user) {
    users.push(await createUser(db, { ...(user === true ? {} : user), role: "COMPANY", hostOrganisationId: host.id }));
  }
  return { ...host, users };
}

export type OfferOverrides = Omit<OfferInput, "hostId"> & { hostId?: string };

/** Offer + declared OfferCategory rows + OfferLanguage rows; country and city follow the host. */
export async function createOffer(db: SeedDb, overrides: OfferOverrides = {}): Promise<Offer & { categories: OfferCategory[]; languages: OfferLanguage[] }> {
  const host = overrides.hostId ? await db.hostOrganisation.findUniqueOrThrow({ where: { id: overrides.hostId } }) : await createHostOrganisation(db);
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
  const user = fields.userId ? await db.user.findUniqueOrThrow({ where: { id: fields.userId } }) : await createUser(db, { role: "STUDENT", ...userOverrides });
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

// One task line per DOT activity (docs/domain.md §1) that the classifier recognises, so a factory
// offer's evidence is exactly the categories a test asks for.
const TASK_FOR_ACTIVITY: Readonly<Record<string, string>> = {
  "digital-marketing": "Plan and run social media campaigns and analyse them with web analytics",
  "digital-design": "Design user interfaces in Figma and build 3D models in CAD",
  "software-development": "Develop new features for our web application in TypeScript and React",
  "it-systems": "Install, maintain and monitor our servers and network infrastructure",
  cybersecurity: "Run vulnerability scans and penetration tests and help with incident response",
  "data-analytics": "Analyse data sets and build dashboards that visualise the results",
  "robotics-ai": "Train and evaluate machine learning models for computer vision",
};

const CITY: Readonly<Record<string, string>> = {
  NL: "Utrecht",
  BE: "Gent",
  DE: "Berlin",
  FR: "Lyon",
  ES: "Madrid",
  IT: "Milano",
  PT: "Porto",
  PL: "Kraków",
  DK: "Aarhus",
  SE: "Malmö",
  FI: "Tampere",
  IE: "Cork",
  AT: "Graz",
  CZ: "Brno",
  CH: "Zürich",
  UA: "Lviv",
  GE: "Tbilisi",
  TR: "İzmir",
};

export type MobilityRecordOverrides = Omit<Partial<Prisma.MobilityRecordUncheckedCreateInput>, "placementId" | "categories"> & {
  /** DOT activity ids: the offer's tasks show evidence of exactly these (default software-development). */
  categories?: readonly string[];
  /** Length of the placement when endDate is not given (default 3 months). */
  months?: number;
  /** An existing host organisation; otherwise one is created in receivingCountry. */
  hostId?: string;
  participantCategory?: ParticipantCategory;
  /** Length in days when endDate is not given, for formats counted in days (default 10, or the format's minimum). */
  days?: number;
};

// docs/domain.md §3a: who a KA121/KA122 project of each sector sends by default, and from where.
const SENDER_OF_SECTOR: Readonly<Record<Exclude<Sector, "HE">, "VET_PROVIDER" | "SCHOOL" | "ADULT_EDUCATION">> = {
  VET: "VET_PROVIDER",
  SCH: "SCHOOL",
  ADU: "ADULT_EDUCATION",
};
const DEFAULT_CATEGORY: Readonly<Record<Sector, ParticipantCategory>> = {
  HE: "HE_STUDENT",
  VET: "VET_STAFF",
  SCH: "SCHOOL_STAFF",
  ADU: "ADULT_EDUCATION_STAFF",
};

/**
 * A whole APPROVED chain (institution → participant → host → offer → ACCEPTED application →
 * APPROVED placement) and its mobility record, built by the approval's own builder
 * (lib/domain buildMobilityRecord via build/mobility-record.ts) with the institution's rates and
 * project agreement (created when missing). Defaults: a Belgian institution, KA131 of the current
 * call, three months from 1 October of the call year in the Netherlands (KA107: Switzerland),
 * software development. Any record column given in `overrides` is written as given, after the build.
 */
export async function createMobilityRecord(db: SeedDb, overrides: MobilityRecordOverrides = {}): Promise<MobilityRecord & { placement: Placement }> {
  const { months = 3, days, hostId, participantCategory, categories = ["software-development"], ...columns } = overrides;
  const action: KeyAction = asKeyAction(columns.action ?? "KA131");
  const sector = sectorOfAction(action);
  const range = ACTION_CALL_YEARS[action];
  const callYear = columns.callYear ?? Math.min(range.last, Math.max(range.first, new Date().getUTCFullYear()));
  const institution = columns.institutionId
    ? await db.institution.findUniqueOrThrow({ where: { id: columns.institutionId } })
    : await createInstitution(db, sector === "HE" ? {} : { type: SENDER_OF_SECTOR[sector] });
  const category: ParticipantCategory =
    participantCategory ?? (columns.recentGraduate === true ? (sector === "VET" ? "VET_RECENT_GRADUATE" : "HE_RECENT_GRADUATE") : DEFAULT_CATEGORY[sector]);
  // The format given, else the category's (a student with `days` is on a short-term traineeship).
  const format: FormatId = columns.format && isFormatId(columns.format) ? columns.format : inferFormat(category, days ?? null);
  const inDays = "days" in FORMATS[format].max;
  const receivingCountry = columns.receivingCountry ?? (action === "KA107" ? "CH" : institution.country === "NL" ? "BE" : "NL");
  const host = hostId
    ? await db.hostOrganisation.findUniqueOrThrow({ where: { id: hostId } })
    : await createHostOrganisation(db, {
        country: receivingCountry,
        city: columns.receivingCity ?? CITY[receivingCountry] ?? receivingCountry,
        ...(columns.receivingName ? { legalName: columns.receivingName } : {}),
      });

  const start = columns.startDate ? new Date(columns.startDate) : utcDate(callYear, 10, 1);
  const end = columns.endDate
    ? new Date(columns.endDate)
    : inDays
      ? addDays(start, (days ?? Math.max(10, FORMATS[format].minDays)) - 1)
      : periodEnd(start, months);
  const tasks = categories.map((c) => TASK_FOR_ACTIVITY[c]).filter(Boolean);
  const offer = await createOffer(db, {
    hostId: host.id,
    categories,
    ...(tasks.length ? { tasks: tasks.join("\n") } : {}),
    language: columns.mainLanguage ?? "en",
    status: "CLOSED",
    earliestStart: start,
    latestEnd: periodEnd(start, 12),
    applicationDeadline: addDays(start, -45),
    publishedAt: addDays(start, -120),
    forStudents: category === "HE_STUDENT" || category === "HE_RECENT_GRADUATE",
    forStaff: category.endsWith("_STAFF"),
    forVetLearners: category === "VET_LEARNER" || category === "VET_RECENT_GRADUATE",
    ...(inDays ? { durationMinDays: FORMATS[format].minDays, durationMaxDays: "days" in FORMATS[format].max ? FORMATS[format].max.days : null } : {}),
  });

  const recentGraduate = isRecentGraduateCategory(category);
  const graduated = addDays(start, -60);
  const first = columns.participantFirstName;
  const last = columns.participantLastName;
  const participant = await createParticipant(db, {
    institutionId: institution.id,
    category,
    ...(recentGraduate ? { graduationDate: graduated, selectedOn: addDays(graduated, -30) } : {}),
    ...(columns.fieldOfEducation ? { fieldOfEducation: columns.fieldOfEducation } : {}),
    ...(columns.eqfLevel ? { eqfLevel: columns.eqfLevel } : category === "VET_LEARNER" || category === "VET_RECENT_GRADUATE" ? { eqfLevel: 4 } : {}),
    ...(columns.fewerOpportunities !== undefined ? { fewerOpportunities: columns.fewerOpportunities } : {}),
    ...(columns.previousParticipationMonths !== undefined ? { previousMobilityMonths: columns.previousParticipationMonths } : {}),
    nationality: columns.participantNationality ?? institution.country,
    ...(columns.participantBirthDate !== undefined ? { birthDate: columns.participantBirthDate } : {}),
    ...(columns.participantGender !== undefined ? { gender: columns.participantGender } : {}),
    ...(first !== undefined ? { firstName: first } : {}),
    ...(last !== undefined ? { lastName: last } : {}),
    user: {
      ...(columns.participantEmail ? { email: columns.participantEmail } : {}),
      ...(first || last ? { name: [first, last].filter(Boolean).join(" ") } : {}),
    },
  });
  const application = await createApplication(db, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });

  // §3a: a short-term traineeship below EQF 8 is blended; default: the two weeks before the stay.
  const virtual =
    columns.virtualStart || !virtualComponentRequired(format, participant.eqfLevel)
      ? { virtualStart: columns.virtualStart ?? null, virtualEnd: columns.virtualEnd ?? null, virtualDescription: columns.virtualDescription ?? null }
      : {
          virtualStart: addDays(start, -14),
          virtualEnd: addDays(start, -1),
          virtualDescription: "Online onboarding and weekly calls with the mentor before the stay.",
        };
  const officer =
    (await db.user.findFirst({ where: { role: "OFFICE", institutionId: institution.id }, orderBy: { createdAt: "asc" } })) ??
    (await createUser(db, { role: "OFFICE", institutionId: institution.id }));
  const approvedAt = columns.approvedAt ? new Date(columns.approvedAt) : addDays(start, -30);
  const placement = await createPlacement(db, {
    applicationId: application.id,
    institutionId: institution.id,
    action,
    callYear,
    format,
    startDate: start,
    endDate: end,
    ...virtual,
    status: "APPROVED",
    decidedById: officer.id,
    decidedAt: approvedAt,
  });

  const agreement =
    (await db.projectAgreement.findUnique({ where: { institutionId_action_callYear: { institutionId: institution.id, action, callYear } } })) ??
    (await db.projectAgreement.create({
      data: { institutionId: institution.id, action, callYear, agreementNumber: columns.agreementNumber ?? agreementNumberFor(institution, action, callYear) },
    }));
  const rates: GrantRateRow[] = toGrantRateRows(await db.grantRate.findMany({ where: { institutionId: institution.id } }));
  const built = mobilityRecordData({
    placement,
    participant,
    email: participant.user.email,
    offer,
    host,
    institution,
    agreementNumber: agreement.agreementNumber,
    rates,
    approvedBy: { id: officer.id, name: officer.name },
    approvedAt,
  });
  const record = await db.mobilityRecord.create({
    data: { ...built, ...columns, ...(overrides.categories ? { categories: [...categories] } : {}), placementId: placement.id },
  });
  return { ...record, placement };
}
