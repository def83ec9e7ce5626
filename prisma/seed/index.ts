// seedDatabase: the deterministic, idempotent demo/dev data set. Same reference date → same rows;
// a second run creates nothing. Used by prisma/seed.ts (npm run db:seed) and by tests that want the
// full data set; tests that want a few rows use ./factories instead.
import { isoDate } from "@/lib/domain/dates";
import { hashPassword } from "@/lib/server/auth/password";
import { attachSeedCvs, writeSeedCvFiles } from "./cvs";
import type { SeedDb } from "./db";
import { firstOfCurrentMonthUtc, startOfUtcDay } from "./dates";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoJobs } from "./jobs";
import { buildSeedPlan } from "./plan";
import { type CreatedCounts, writePlan } from "./write";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

export interface SeedOptions {
  /** Dates are relative to this (default: the first day of the current month, UTC). */
  referenceDate?: Date;
  /** Print the one-line summary (default true). */
  log?: boolean;
}

export interface SeedResult {
  readonly referenceDate: Date;
  readonly created: CreatedCounts;
  readonly totals: Readonly<Record<string, number>>;
  /** Scenario premises that did not hold (see plan/applications.ts); empty when all is well. */
  readonly warnings: readonly string[];
  readonly millis: number;
}

// Placeholder in planned rows; the real hash is computed once, only if a user must be created.
const HASH_PLACEHOLDER = "";

export async function seedDatabase(db: SeedDb, options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const referenceDate = startOfUtcDay(options.referenceDate ?? firstOfCurrentMonthUtc());
  const plan = buildSeedPlan(referenceDate, HASH_PLACEHOLDER);
  // CV files first: if the rows fail to commit, unreferenced files are harmless; the reverse is not.
  await writeSeedCvFiles(attachSeedCvs(plan));

  // bcrypt is slow: hash the demo password once and reuse it for every seeded user.
  let hash: Promise<string> | undefined;
  const passwordHash = () => (hash ??= hashPassword(DEMO_PASSWORD));

  // One transaction, so an interrupted seed leaves nothing half-written (children are only
  // written with their parents). A caller that passes a transaction client already has one.
  const created =
    "$transaction" in db
      ? await db.$transaction((tx) => writePlan(tx, plan, passwordHash), { timeout: 120_000, maxWait: 20_000 })
      : await writePlan(db, plan, passwordHash);
  await seedDemoJobs(db, referenceDate);

  const totals = {
    institutions: await db.institution.count(),
    hosts: await db.hostOrganisation.count(),
    users: await db.user.count(),
    participants: await db.participantProfile.count(),
    offers: await db.offer.count(),
    applications: await db.application.count(),
    placements: await db.placement.count(),
    agreements: await db.projectAgreement.count(),
    grantRates: await db.grantRate.count(),
    learningAgreements: await db.learningAgreement.count(),
    mobilityRecords: await db.mobilityRecord.count(),
  };
  const millis = Math.round(performance.now() - started);
  const result: SeedResult = { referenceDate, created, totals, warnings: plan.warnings, millis };

  if (options.log ?? true) {
    const newRows = Object.values(created).reduce((a, b) => a + b, 0);
    const parts = Object.entries(totals).map(([k, v]) => `${v} ${k}`);
    console.log(`Seed (reference ${isoDate(referenceDate)}): ${parts.join(", ")} — ${newRows} rows created in ${(millis / 1000).toFixed(1)} s`);
    for (const w of plan.warnings) console.warn(`Seed warning: ${w}`);
  }
  return result;
}
