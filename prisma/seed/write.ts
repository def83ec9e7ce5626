// Writes a SeedPlan idempotently: every row is looked up by its fixed id *or* its natural unique
// key (Erasmus code, e-mail, …); existing rows are left exactly as they are (people may have edited
// them), missing ones are created in bulk with createMany. Children (languages, categories) are
// only written for parents created in this run. No deletes, no raw SQL: portable to PostgreSQL.
import type { SeedDb } from "./db";
import type { SeedPlan } from "./plan";

export type CreatedCounts = Record<
  | "institutions"
  | "hosts"
  | "users"
  | "participants"
  | "offers"
  | "applications"
  | "placements"
  | "agreements"
  | "grantRates"
  | "learningAgreements"
  | "mobilityRecords"
  | "childRows",
  number
>;

interface Inserted {
  /** Planned id → id in the database (differs when a row with the same natural key already existed). */
  readonly ids: Map<string, string>;
  readonly created: Set<string>;
}

async function insertMissing<R extends { id: string }, E extends { id: string }>(opts: {
  rows: readonly R[];
  existing: readonly E[];
  plannedKey: (row: R) => string;
  existingKey: (row: E) => string;
  create: (rows: R[]) => Promise<unknown>;
}): Promise<Inserted> {
  const existingIds = new Set(opts.existing.map((e) => e.id));
  const byKey = new Map(opts.existing.map((e) => [opts.existingKey(e), e.id]));
  const ids = new Map<string, string>();
  const toCreate: R[] = [];
  for (const row of opts.rows) {
    const found = existingIds.has(row.id) ? row.id : byKey.get(opts.plannedKey(row));
    ids.set(row.id, found ?? row.id);
    if (!found) toCreate.push(row);
  }
  if (toCreate.length > 0) await opts.create(toCreate);
  return { ids, created: new Set(toCreate.map((r) => r.id)) };
}

// Driver adapters cap bound parameters per query (SQLite: 999), so long IN lists are split.
const CHUNK = 400;
async function inChunks<V, T>(values: readonly V[], query: (part: V[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await query(values.slice(i, i + CHUNK))));
  return out;
}

const remap = (ids: Map<string, string>, id: string) => ids.get(id) ?? id;
const remapOptional = (ids: Map<string, string>, id: string | null | undefined) => (id ? remap(ids, id) : id);

/**
 * @param passwordHash called at most once, and only when some user has to be created, so a rerun
 *   never pays for bcrypt.
 */
export async function writePlan(db: SeedDb, plan: SeedPlan, passwordHash: () => Promise<string>): Promise<CreatedCounts> {
  const ids = <T extends { id: string }>(rows: readonly T[]) => rows.map((r) => r.id);

  const institutions = await insertMissing({
    rows: plan.institutions,
    // An institution is the same one when its id or its Erasmus code is (only HEIs have a code).
    existing: await inChunks([...ids(plan.institutions), ...plan.institutions.flatMap((i) => (i.erasmusCode ? [i.erasmusCode] : []))], (part) =>
      db.institution.findMany({
        where: { OR: [{ id: { in: part } }, { erasmusCode: { in: part } }] },
        select: { id: true, erasmusCode: true },
      }),
    ),
    plannedKey: (r) => r.erasmusCode ?? r.id,
    existingKey: (e) => e.erasmusCode ?? e.id,
    create: (data) => db.institution.createMany({ data }),
  });

  const hosts = await insertMissing({
    rows: plan.hosts,
    existing: await inChunks(ids(plan.hosts), (part) => db.hostOrganisation.findMany({ where: { id: { in: part } }, select: { id: true } })),
    plannedKey: (r) => r.id,
    existingKey: (e) => e.id,
    create: (data) => db.hostOrganisation.createMany({ data }),
  });

  const userRows = plan.users.map((u) => ({
    ...u,
    institutionId: remapOptional(institutions.ids, u.institutionId),
    hostOrganisationId: remapOptional(hosts.ids, u.hostOrganisationId),
  }));
  const users = await insertMissing({
    rows: userRows,
    existing: await inChunks([...ids(userRows), ...userRows.map((u) => u.email)], (part) =>
      db.user.findMany({ where: { OR: [{ id: { in: part } }, { email: { in: part } }] }, select: { id: true, email: true } }),
    ),
    plannedKey: (r) => r.email.toLowerCase(),
    existingKey: (e) => e.email.toLowerCase(),
    create: async (data) => {
      const hash = await passwordHash();
      return db.user.createMany({ data: data.map((u) => ({ ...u, passwordHash: hash })) });
    },
  });

  const profileRows = plan.profiles.map((p) => ({
    ...p,
    userId: remap(users.ids, p.userId),
    institutionId: remap(institutions.ids, p.institutionId),
  }));
  const profiles = await insertMissing({
    rows: profileRows,
    existing: await inChunks([...ids(profileRows), ...profileRows.map((p) => p.userId)], (part) =>
      db.participantProfile.findMany({
        where: { OR: [{ id: { in: part } }, { userId: { in: part } }] },
        select: { id: true, userId: true },
      }),
    ),
    plannedKey: (r) => r.userId,
    existingKey: (e) => e.userId,
    create: (data) => db.participantProfile.createMany({ data }),
  });
  const participantLanguages = plan.participantLanguages.filter((l) => profiles.created.has(l.participantId));
  if (participantLanguages.length > 0) await db.participantLanguage.createMany({ data: participantLanguages });

  const offerRows = plan.offers.map((o) => ({ ...o, hostId: remap(hosts.ids, o.hostId) }));
  const offers = await insertMissing({
    rows: offerRows,
    existing: await inChunks(ids(offerRows), (part) => db.offer.findMany({ where: { id: { in: part } }, select: { id: true } })),
    plannedKey: (r) => r.id,
    existingKey: (e) => e.id,
    create: (data) => db.offer.createMany({ data }),
  });
  const offerCategories = plan.offerCategories.filter((c) => offers.created.has(c.offerId));
  if (offerCategories.length > 0) await db.offerCategory.createMany({ data: offerCategories });
  const offerLanguages = plan.offerLanguages.filter((l) => offers.created.has(l.offerId));
  if (offerLanguages.length > 0) await db.offerLanguage.createMany({ data: offerLanguages });

  const applicationRows = plan.applications.map((a) => ({ ...a, participantId: remap(profiles.ids, a.participantId) }));
  const applications = await insertMissing({
    rows: applicationRows,
    existing: await inChunks([...ids(applicationRows), ...new Set(applicationRows.map((a) => a.participantId))], (part) =>
      db.application.findMany({
        where: { OR: [{ id: { in: part } }, { participantId: { in: part } }] },
        select: { id: true, offerId: true, participantId: true },
      }),
    ),
    plannedKey: (r) => `${r.offerId}|${r.participantId}`,
    existingKey: (e) => `${e.offerId}|${e.participantId}`,
    create: (data) => db.application.createMany({ data }),
  });

  const placementRows = plan.placements.map((p) => ({
    ...p,
    applicationId: remap(applications.ids, p.applicationId),
    institutionId: remap(institutions.ids, p.institutionId),
    decidedById: remapOptional(users.ids, p.decidedById),
  }));
  const placements = await insertMissing({
    rows: placementRows,
    existing: await inChunks([...ids(placementRows), ...placementRows.map((p) => p.applicationId)], (part) =>
      db.placement.findMany({
        where: { OR: [{ id: { in: part } }, { applicationId: { in: part } }] },
        select: { id: true, applicationId: true },
      }),
    ),
    plannedKey: (r) => r.applicationId,
    existingKey: (e) => e.applicationId,
    create: (data) => db.placement.createMany({ data }),
  });

  // One Learning Agreement per approved placement; signers (and the certificate's) are users.
  const laRows = plan.learningAgreements.map((la) => {
    const certificate = la.certificate as { signerId?: string } | null | undefined;
    return {
      ...la,
      placementId: remap(placements.ids, la.placementId),
      traineeSignerId: remapOptional(users.ids, la.traineeSignerId),
      officeSignerId: remapOptional(users.ids, la.officeSignerId),
      hostSignerId: remapOptional(users.ids, la.hostSignerId),
      ...(certificate?.signerId ? { certificate: { ...certificate, signerId: remap(users.ids, certificate.signerId) } } : {}),
    };
  });
  const learningAgreements = await insertMissing({
    rows: laRows,
    existing: await inChunks([...ids(laRows), ...laRows.map((l) => l.placementId)], (part) =>
      db.learningAgreement.findMany({
        where: { OR: [{ id: { in: part } }, { placementId: { in: part } }] },
        select: { id: true, placementId: true },
      }),
    ),
    plannedKey: (r) => r.placementId,
    existingKey: (e) => e.placementId,
    create: (data) => db.learningAgreement.createMany({ data }),
  });

  const institutionIds = [...new Set(institutions.ids.values())];
  const agreementRows = plan.agreements.map((a) => ({ ...a, institutionId: remap(institutions.ids, a.institutionId) }));
  const agreements = await insertMissing({
    rows: agreementRows,
    existing: await inChunks([...ids(agreementRows), ...institutionIds], (part) =>
      db.projectAgreement.findMany({
        where: { OR: [{ id: { in: part } }, { institutionId: { in: part } }] },
        select: { id: true, institutionId: true, action: true, callYear: true },
      }),
    ),
    plannedKey: (r) => `${r.institutionId}|${r.action}|${r.callYear}`,
    existingKey: (e) => `${e.institutionId}|${e.action}|${e.callYear}`,
    create: (data) => db.projectAgreement.createMany({ data }),
  });

  const rateRows = plan.grantRates.map((r) => ({ ...r, institutionId: remap(institutions.ids, r.institutionId) }));
  const grantRates = await insertMissing({
    rows: rateRows,
    // By institution only: ~60 rate rows per institution make an id list needlessly long.
    existing: await inChunks(institutionIds, (part) =>
      db.grantRate.findMany({
        where: { institutionId: { in: part } },
        select: { id: true, institutionId: true, action: true, callYear: true, countryGroup: true },
      }),
    ),
    plannedKey: (r) => `${r.institutionId}|${r.action}|${r.callYear}|${r.countryGroup}`,
    existingKey: (e) => `${e.institutionId}|${e.action}|${e.callYear}|${e.countryGroup}`,
    create: (data) => db.grantRate.createMany({ data }),
  });

  // A record per APPROVED placement: only where the placement is APPROVED in the database now and
  // has no record yet (an officer's approval may already have written one).
  const recordRows = plan.mobilityRecords.map((r) => ({
    ...r,
    placementId: remap(placements.ids, r.placementId),
    institutionId: remap(institutions.ids, r.institutionId),
    approvedById: remapOptional(users.ids, r.approvedById),
  }));
  const approvedNow = new Set(
    (
      await inChunks(
        recordRows.map((r) => r.placementId),
        (part) => db.placement.findMany({ where: { id: { in: part }, status: "APPROVED" }, select: { id: true } }),
      )
    ).map((p) => p.id),
  );
  const mobilityRecords = await insertMissing({
    rows: recordRows.filter((r) => approvedNow.has(r.placementId)),
    existing: await inChunks([...ids(recordRows), ...recordRows.map((r) => r.placementId)], (part) =>
      db.mobilityRecord.findMany({ where: { OR: [{ id: { in: part } }, { placementId: { in: part } }] }, select: { id: true, placementId: true } }),
    ),
    plannedKey: (r) => r.placementId,
    existingKey: (e) => e.placementId,
    create: (data) => db.mobilityRecord.createMany({ data }),
  });

  return {
    institutions: institutions.created.size,
    hosts: hosts.created.size,
    users: users.created.size,
    participants: profiles.created.size,
    offers: offers.created.size,
    applications: applications.created.size,
    placements: placements.created.size,
    agreements: agreements.created.size,
    grantRates: grantRates.created.size,
    learningAgreements: learningAgreements.created.size,
    mobilityRecords: mobilityRecords.created.size,
    childRows: participantLanguages.length + offerCategories.length + offerLanguages.length,
  };
}
