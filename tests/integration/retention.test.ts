import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { ApplicationStatus, PlacementStatus } from "@/generated/prisma/client";
import { prisma } from "@/lib/server/db";
import { fileStore } from "@/lib/server/files/file-store";
import { ensureRetentionScheduled, RETENTION_INTERVAL_MS } from "@/lib/server/jobs/queue";
import { drainJobs } from "@/lib/server/jobs/worker";
import { RETENTION_RUN_VERB, recentRetentionRuns, runRetention } from "@/lib/server/services/retention/service";
import {
  createApplication,
  createHostOrganisation,
  createInstitution,
  createOffer,
  createParticipant,
  createPlacement,
  createUser,
} from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";
import { FILE_STORES, clearStoredFiles, storedFileNames, useFileStore } from "./stored-files";

// What one retention pass removes and what it keeps, on the active database,
// with CVs in either file store.

const DAY = 86_400_000;
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);

async function storedCv(): Promise<string> {
  const name = `cv-${randomUUID()}.pdf`;
  await fileStore().put(name, Buffer.from("%PDF-1.4\n%retention test\n"), "application/pdf");
  return name;
}

beforeEach(async () => {
  await resetDatabase();
  await clearStoredFiles();
});

describe.each(FILE_STORES)("a retention pass with CVs in the %s store", (kind) => {
  useFileStore(kind);

  it("removes the CVs of applications that led to no placement a year after the offer closed, and keeps every other", async () => {
    const institution = await createInstitution(prisma);
    const old = await createOffer(prisma, { status: "CLOSED", applicationDeadline: daysAgo(500) });
    const recent = await createOffer(prisma, { status: "PUBLISHED", applicationDeadline: daysAgo(30) });
    const application = async (status: ApplicationStatus, offerId = old.id, placement?: PlacementStatus, shareProfileCv = false) => {
      const participant = await createParticipant(prisma, { institutionId: institution.id, cvFile: await storedCv(), cvFileName: "Me CV.pdf" });
      const cvFile = shareProfileCv ? participant.cvFile! : await storedCv();
      const app = await createApplication(prisma, { offerId, participantId: participant.id, status, cvFile, cvFileName: "Me CV.pdf" });
      if (placement) await createPlacement(prisma, { applicationId: app.id, status: placement });
      return { id: app.id, cvFile, profileCv: participant.cvFile! };
    };
    const due = [
      await application("REJECTED"),
      await application("WITHDRAWN"),
      await application("SUBMITTED"),
      await application("SHORTLISTED"),
      await application("REJECTED", old.id, "REJECTED"),
    ];
    const kept = [
      await application("ACCEPTED", old.id, "APPROVED"),
      await application("ACCEPTED", old.id, "PROPOSED"),
      await application("WITHDRAWN", old.id, "CANCELLED"),
      await application("REJECTED", recent.id),
      await application("REJECTED", old.id, undefined, true),
    ];

    const run = await runRetention(NOW);

    expect(run.counts).toMatchObject({ cvs: 5, cvFailures: 0 });
    const files = new Set(await storedFileNames());
    for (const a of due) {
      expect(await prisma.application.findUniqueOrThrow({ where: { id: a.id }, select: { cvFile: true, cvFileName: true } })).toEqual({
        cvFile: null,
        cvFileName: null,
      });
      expect(files.has(a.cvFile)).toBe(false);
    }
    for (const a of [...due, ...kept]) expect(files.has(a.profileCv)).toBe(true);
    for (const a of kept) {
      expect((await prisma.application.findUniqueOrThrow({ where: { id: a.id } })).cvFile).toBe(a.cvFile);
      expect(files.has(a.cvFile)).toBe(true);
    }
    expect((await runRetention(NOW)).counts.cvs).toBe(0);
  });
});

describe("a retention pass", () => {
  it("removes unverified self-registered accounts after 30 days when nothing refers to them, and keeps the others", async () => {
    const unverified = { emailVerifiedAt: null, createdAt: daysAgo(40) };
    const lonely = await createParticipant(prisma, { cvFile: await storedCv(), user: unverified });
    await prisma.savedOffer.create({ data: { userId: lonely.userId, offerId: (await createOffer(prisma)).id } });
    await prisma.authToken.create({ data: { userId: lonely.userId, purpose: "email-verification", tokenHash: randomUUID(), expiresAt: daysAgo(38) } });
    await prisma.auditEvent.create({
      data: {
        actorId: lonely.userId,
        verb: "user.register",
        entityType: "User",
        entityId: lonely.userId,
        after: { email: lonely.user.email, role: "STUDENT" },
      },
    });
    const company = await createUser(prisma, { role: "COMPANY", ...unverified });
    const young = await createUser(prisma, { emailVerifiedAt: null, createdAt: daysAgo(10) });
    const verified = await createUser(prisma, { createdAt: daysAgo(400) });
    const officer = await createUser(prisma, { role: "OFFICE", ...unverified });
    const applicant = await createParticipant(prisma, { user: unverified });
    await createApplication(prisma, { participantId: applicant.id });
    const withOrganisation = (await createHostOrganisation(prisma, { user: unverified })).users[0]!;

    const run = await runRetention(NOW);

    expect(run.counts).toMatchObject({ accounts: 2, accountsKept: 2 });
    const left = new Set((await prisma.user.findMany({ select: { id: true } })).map((u) => u.id));
    expect(left.has(lonely.userId)).toBe(false);
    expect(left.has(company.id)).toBe(false);
    for (const id of [young.id, verified.id, officer.id, applicant.userId, withOrganisation.id]) expect(left.has(id)).toBe(true);
    expect(await prisma.participantProfile.count({ where: { id: lonely.id } })).toBe(0);
    expect(await storedFileNames()).not.toContain(lonely.cvFile);
    expect(await prisma.savedOffer.count()).toBe(0);
    // The registration stays in the audit log as an event, without the address.
    const register = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "user.register" } });
    expect(register).toMatchObject({ actorId: null, entityId: lonely.userId, after: { erased: "retention" } });
    expect(JSON.stringify(register)).not.toContain(lonely.user.email);
  });

  it("removes links expired over a week ago and throttle counters idle for two days, records counts only, and a second pass removes nothing", async () => {
    const user = await createUser(prisma);
    const token = (expiresAt: Date) => prisma.authToken.create({ data: { userId: user.id, purpose: "password-reset", tokenHash: randomUUID(), expiresAt } });
    await token(daysAgo(10));
    await token(daysAgo(8));
    const lateClick = await token(daysAgo(1));
    const valid = await token(new Date(NOW.getTime() + DAY));
    const counter = (key: string, lastHitAt: Date, lockedUntil: Date | null = null) =>
      prisma.throttleCounter.create({ data: { key, count: 3, windowStart: lastHitAt, lastHitAt, lockedUntil } });
    await counter("api:192.0.2.1", daysAgo(3));
    await counter("sign-in-account:old@example.eu", daysAgo(5), daysAgo(5));
    await counter("sign-in-account:ann@example.eu", daysAgo(0.5));
    await counter("sign-in-account:locked@example.eu", daysAgo(3), new Date(NOW.getTime() + DAY));

    const first = await runRetention(NOW);

    expect(first.counts).toEqual({ cvs: 0, cvFailures: 0, accounts: 0, accountsKept: 0, authTokens: 2, throttleCounters: 2, dataExports: 0 });
    expect((await prisma.authToken.findMany({ select: { id: true }, orderBy: { expiresAt: "asc" } })).map((t) => t.id)).toEqual([lateClick.id, valid.id]);
    expect((await prisma.throttleCounter.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((c) => c.key)).toEqual([
      "sign-in-account:ann@example.eu",
      "sign-in-account:locked@example.eu",
    ]);
    const second = await runRetention(NOW);
    expect(second.counts).toEqual({ cvs: 0, cvFailures: 0, accounts: 0, accountsKept: 0, authTokens: 0, throttleCounters: 0, dataExports: 0 });

    const events = await prisma.auditEvent.findMany({ where: { verb: RETENTION_RUN_VERB }, orderBy: { createdAt: "asc" } });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      actorId: null,
      entityType: "Retention",
      after: { counts: first.counts, settings: { cvMonths: 12, unverifiedAccountDays: 30 } },
    });
    const runs = await recentRetentionRuns();
    expect(runs.map((r) => r.counts.authTokens)).toEqual([0, 2]);
  });
});

describe("the retention job", () => {
  it("is queued once at a worker's start, runs a pass, and queues the next one a day later — never two waiting", async () => {
    expect(await ensureRetentionScheduled(prisma)).toBe(true);
    expect(await ensureRetentionScheduled(prisma)).toBe(false);
    expect(await drainJobs()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: RETENTION_RUN_VERB } })).toBe(1);
    const jobs = await prisma.job.findMany({ where: { kind: "retention" }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((j) => j.status)).toEqual(["DONE", "PENDING"]);
    const delay = jobs[1]!.runAt.getTime() - jobs[0]!.finishedAt!.getTime();
    expect(delay).toBeGreaterThan(RETENTION_INTERVAL_MS - 60_000);
    expect(delay).toBeLessThanOrEqual(RETENTION_INTERVAL_MS);
    expect(await ensureRetentionScheduled(prisma)).toBe(false);
    expect(await drainJobs()).toBe(0);
  });
});
