import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

tempOutbox();
// The download route is called as a browser would; "who is signed in" is stubbed.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));

const { prisma } = await import("@/lib/server/db");
const { createApplication, createMobilityRecord, createUser, createHostOrganisation, createOffer, createParticipant } = await import("@/prisma/seed/factories");
const { storeCv, readCv } = await import("@/lib/server/files/cv");
const { drainJobs } = await import("@/lib/server/jobs/worker");
const exports = await import("@/lib/server/services/data-export");
const erasure = await import("@/lib/server/services/account-erasure");
const { GET: download } = await import("@/app/my-data/[id]/route");
const { outboxMessages } = await import("./delivered-mail");
const { asCurrentUser } = await import("./current-user");
const { resetDatabase } = await import("./reset");
const { clearStoredFiles, storedFileNames, useFileStore } = await import("./stored-files");

const dir = mkdtempSync(path.join(tmpdir(), "my-data-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await resetDatabase();
  await clearStoredFiles();
  session.user = null;
});

const pdf = (text: string) => new File([Buffer.from(`%PDF-1.4\n${text}\n`)], `${text}.pdf`, { type: "application/pdf" });

/** A student with a profile CV, an approved mobility (record + Learning Agreement), a message, saved items. */
async function studentWithMobility(tag = "a") {
  const record = await createMobilityRecord(prisma, {});
  const placement = await prisma.placement.findUniqueOrThrow({
    where: { id: record.placementId },
    include: { application: { include: { participant: { include: { user: true } } } } },
  });
  const application = placement.application;
  const user = application.participant.user;
  const profileCv = await storeCv(pdf(`profile-${tag}`));
  const applicationCv = await storeCv(pdf(`application-${tag}`));
  await prisma.participantProfile.update({
    where: { id: application.participantId },
    data: { cvFile: profileCv.storedName, cvFileName: "My CV.pdf", birthDate: new Date("2001-02-03T00:00:00Z"), nationality: "BE" },
  });
  await prisma.application.update({
    where: { id: application.id },
    data: { cvFile: applicationCv.storedName, cvFileName: "cv.pdf", motivation: `My motivation ${tag}` },
  });
  await prisma.learningAgreement.create({
    data: {
      placementId: placement.id,
      plannedStart: placement.startDate,
      plannedEnd: placement.endDate,
      title: "Traineeship",
      programme: "Build things",
      digitalSkills: "Web",
      mentorName: "Mentor Person",
      mentorEmail: "mentor@host.example",
    },
  });
  const host = await createUser(prisma, { role: "COMPANY", name: "Host Writer" });
  await prisma.applicationMessage.createMany({
    data: [
      { applicationId: application.id, authorId: user.id, side: "APPLICANT", body: `Student says ${tag}` },
      { applicationId: application.id, authorId: host.id, side: "HOST", body: "Host private reply" },
    ],
  });
  await prisma.savedSearch.create({ data: { userId: user.id, name: "Python in NL", query: "q=python&country=NL" } });
  return { user, record, application, profileCv, applicationCv };
}

async function unzipped(bytes: Buffer, name: string) {
  const file = path.join(dir, `${name}.zip`);
  writeFileSync(file, bytes);
  const out = path.join(dir, name);
  execFileSync("unzip", ["-q", "-o", file, "-d", out]);
  const listing = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).trim().split("\n").sort();
  return { listing, data: JSON.parse(readFileSync(path.join(out, "data.json"), "utf8")), out };
}

async function readyExport(userId: string) {
  const id = await exports.requestDataExport(userId);
  await drainJobs();
  return prisma.dataExport.findUniqueOrThrow({ where: { id } });
}

describe("download my data", () => {
  it("builds a ZIP with data.json and the student's CVs, limited to their own data, and mails them", async () => {
    const { user, record, profileCv } = await studentWithMobility("a");
    const other = await studentWithMobility("b");
    const row = await readyExport(user.id);
    expect(row).toMatchObject({ status: "ready", progress: 100 });
    expect(row.fileName).toMatch(/^export-[0-9a-f-]{36}\.zip$/);
    expect(row.expiresAt!.getTime() - row.readyAt!.getTime()).toBe(exports.EXPORT_TTL_MS);

    const { bytes } = await exports.readDataExport(user.id, row.id);
    const { listing, data, out } = await unzipped(bytes, "a");
    expect(listing).toEqual(["data.json", "files/application-1-cv-cv.pdf", "files/profile-cv-My_CV.pdf"]);
    expect(readFileSync(path.join(out, "files/profile-cv-My_CV.pdf"))).toEqual(await readCv(profileCv.storedName));
    expect(data.account).toMatchObject({ id: user.id, email: user.email, name: user.name, role: "STUDENT", hasPassword: false });
    expect(data.account.passwordHash).toBeUndefined();
    const profile = data.participantProfile;
    expect(profile).toMatchObject({ nationality: "BE", birthDate: "2001-02-03T00:00:00.000Z" });
    expect(profile.languages.length).toBeGreaterThan(0);
    const [application] = profile.applications;
    expect(application.motivation).toBe("My motivation a");
    expect(application.messagesYouWrote.map((m: { body: string }) => m.body)).toEqual(["Student says a"]);
    expect(application.placement.mobilityRecord).toMatchObject({ id: record.id, mobilityId: record.mobilityId });
    expect(application.placement.learningAgreement).toMatchObject({ mentorName: "Mentor Person" });
    expect(data.savedSearches).toEqual([expect.objectContaining({ name: "Python in NL" })]);
    expect(data.auditEventsYouCaused).toEqual([expect.objectContaining({ verb: "user.data-export.request" })]);

    // Nobody else's data: no other student, no host's message, no mentor's address, no secrets.
    const text = JSON.stringify(data);
    for (const foreign of [other.user.email, other.user.name, "Host private reply", "mentor@host.example", "My motivation b", "$2"])
      expect(text).not.toContain(foreign);

    const mail = (await outboxMessages()).find((m) => m.to === user.email);
    expect(mail?.subject).toContain("ready");
  });

  it("gives a company user their organisation and offers, and an officer their account and actions", async () => {
    const host = await createHostOrganisation(prisma, { legalName: "Exporting Host BV" });
    await createOffer(prisma, { hostId: host.id, title: "Data engineering trainee" });
    const company = await createUser(prisma, { role: "COMPANY", hostOrganisationId: host.id });
    const { data } = await unzipped((await exports.readDataExport(company.id, (await readyExport(company.id)).id)).bytes, "company");
    expect(data.hostOrganisation).toMatchObject({ legalName: "Exporting Host BV", offers: [expect.objectContaining({ title: "Data engineering trainee" })] });
    expect(data.participantProfile).toBeUndefined();

    const officer = await createUser(prisma, { role: "OFFICE" });
    const officerData = (await unzipped((await exports.readDataExport(officer.id, (await readyExport(officer.id)).id)).bytes, "officer")).data;
    expect(officerData.account).toMatchObject({ id: officer.id, role: "OFFICE" });
    expect(officerData.hostOrganisation).toBeUndefined();
  });

  it("runs one export at a time, and a new one replaces the previous archive", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    await exports.requestDataExport(user.id);
    await expect(exports.requestDataExport(user.id)).rejects.toMatchObject({ key: "myData.export.alreadyRunning" });
    await drainJobs();
    const first = await prisma.dataExport.findFirstOrThrow({ where: { userId: user.id } });
    const second = await readyExport(user.id);
    expect(await storedFileNames()).toEqual([second.fileName]);
    expect((await prisma.dataExport.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("expired");
    expect((await exports.latestExport(user.id))?.id).toBe(second.id);
  });

  it("serves the archive to its owner only, as an attachment; anyone else gets a 404", async () => {
    const owner = await createUser(prisma, { role: "STUDENT" });
    const row = await readyExport(owner.id);
    const call = () => download(new Request(`http://localhost/my-data/${row.id}`), { params: Promise.resolve({ id: row.id }) });

    expect((await call()).status).toBe(303); // anonymous → sign-in
    session.user = asCurrentUser(await createUser(prisma, { role: "STUDENT" }));
    expect((await call()).status).toBe(404);
    session.user = asCurrentUser(await createUser(prisma, { role: "ADMIN" }));
    expect((await call()).status).toBe(404);

    session.user = asCurrentUser(owner);
    const response = await call();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="dot-portal-my-data-\d{4}-\d{2}-\d{2}\.zip"/);
    expect(await prisma.auditEvent.count({ where: { verb: "user.data-export.download", actorId: owner.id } })).toBe(1);
  });

  it("removes archives after 7 days (deleteExpiredExports), and an expired one is no longer served", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    const row = await readyExport(user.id);
    const later = new Date(row.expiresAt!.getTime() + 1);
    expect(await exports.deleteExpiredExports(new Date(row.expiresAt!.getTime() - 1))).toBe(0);
    expect(await exports.deleteExpiredExports(later)).toBe(1);
    expect(await storedFileNames()).toEqual([]);
    await expect(exports.readDataExport(user.id, row.id, later)).rejects.toMatchObject({ key: "errors.notFound" });
    expect(await exports.latestExport(user.id)).toBeNull();
  });

  it("marks the export failed when the last attempt fails", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    const id = await exports.requestDataExport(user.id);
    await prisma.dataExport.update({ where: { id }, data: { userId: "no-such-user" } });
    await expect(exports.runDataExport(id, { attempts: 8, maxAttempts: 8 })).rejects.toThrow();
    expect((await prisma.dataExport.findUniqueOrThrow({ where: { id } })).status).toBe("failed");
  });
});

describe("delete my account", () => {
  // Requested 15 days ago: the grace period ended yesterday, so the queued job is due now.
  const now = new Date(Date.now() - 15 * 86_400_000);
  const afterGrace = new Date(now.getTime() + erasure.DELETION_GRACE_MS);

  it("needs the account's address typed again, and schedules the erasure 14 days later", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    await expect(erasure.requestAccountDeletion(user.id, "someone@else.example", now)).rejects.toMatchObject({
      key: "myData.delete.emailMismatch",
      field: "confirmEmail",
    });
    const eraseAfter = await erasure.requestAccountDeletion(user.id, ` ${user.email.toUpperCase()} `, now);
    expect(eraseAfter).toEqual(afterGrace);
    await expect(erasure.requestAccountDeletion(user.id, user.email, now)).rejects.toMatchObject({ key: "myData.delete.alreadyScheduled" });
    const job = await prisma.job.findFirstOrThrow({ where: { kind: "account-erasure" } });
    expect(job.runAt).toEqual(afterGrace);
    expect(job.payload).toEqual({ userId: user.id });
  });

  it("erases personal data, CVs and exports, keeps the mobility record and Learning Agreement, ends sessions", async () => {
    const { user, record, application, profileCv, applicationCv } = await studentWithMobility("a");
    const bystander = await studentWithMobility("b");
    await readyExport(user.id);
    const recordBefore = await prisma.mobilityRecord.findUniqueOrThrow({ where: { id: record.id } });
    await erasure.requestAccountDeletion(user.id, user.email, now);

    await erasure.runAccountErasure(user.id, new Date(afterGrace.getTime() - 1));
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull(); // not before its date

    // The queued job, run as the worker would.
    await drainJobs();
    const erased = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { participant: { include: { languages: true } }, savedSearches: true },
    });
    expect(erased).toMatchObject({
      name: "Former participant",
      email: erasure.erasedEmail(user.id),
      passwordHash: null,
      sessionVersion: user.sessionVersion + 1,
    });
    expect(erased.deletedAt).not.toBeNull();
    expect(erased.participant).toMatchObject({
      firstName: null,
      lastName: null,
      birthDate: null,
      nationality: "",
      cvFile: null,
      cvFileName: null,
      languages: [],
    });
    expect(erased.savedSearches).toEqual([]);
    expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ motivation: erasure.ERASED_TEXT, cvFile: null });
    expect((await prisma.applicationMessage.findMany({ where: { applicationId: application.id } })).map((m) => m.body)).toEqual([
      erasure.ERASED_TEXT,
      erasure.ERASED_TEXT,
    ]);
    const files = await storedFileNames();
    expect(files).not.toContain(profileCv.storedName);
    expect(files).not.toContain(applicationCv.storedName);
    expect(files.filter((f) => f.startsWith("export-"))).toEqual([]);
    expect(await prisma.dataExport.count({ where: { userId: user.id } })).toBe(0);

    // The grant agreement's records stay as they were recorded.
    expect(await prisma.mobilityRecord.findUniqueOrThrow({ where: { id: record.id } })).toEqual(recordBefore);
    expect(await prisma.learningAgreement.count({ where: { placementId: record.placementId } })).toBe(1);

    // The other student is untouched.
    expect(await prisma.user.findUniqueOrThrow({ where: { id: bystander.user.id } })).toMatchObject({ name: bystander.user.name, deletedAt: null });
    expect(files).toContain(bystander.profileCv.storedName);

    // Audited with counts and ids only.
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "user.erase" } });
    expect(event.after).toEqual({
      applications: 1,
      cvFiles: 2,
      messages: 2,
      dataExports: 1,
      mobilityRecordsKept: [record.id],
      learningAgreementsKept: [expect.any(String)],
    });
    expect(JSON.stringify(event)).not.toContain(user.email);

    // Idempotent: a second run (a retried job) changes nothing.
    await erasure.runAccountErasure(user.id, afterGrace);
    expect(await prisma.auditEvent.count({ where: { verb: "user.erase" } })).toBe(1);
  });

  it("can be cancelled during the grace period: the job then does nothing", async () => {
    const user = await createUser(prisma, { role: "STUDENT" });
    await erasure.requestAccountDeletion(user.id, user.email, now);
    await erasure.cancelAccountDeletion(user.id);
    expect(await erasure.pendingDeletion(user.id)).toBeNull();
    await drainJobs();
    expect(await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ email: user.email, name: user.name, deletedAt: null });
    expect(await prisma.auditEvent.count({ where: { verb: "user.deletion.cancel" } })).toBe(1);

    // A new request after cancelling has its own date; the earlier job does not erase early.
    const later = new Date(now.getTime() + 2 * 86_400_000);
    await erasure.requestAccountDeletion(user.id, user.email, later);
    await erasure.runAccountErasure(user.id, afterGrace);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });

  it("erases a company user's account but keeps the organisation and its offers", async () => {
    const host = await createHostOrganisation(prisma, { legalName: "Staying Host BV" });
    const offer = await createOffer(prisma, { hostId: host.id });
    const company = await createUser(prisma, { role: "COMPANY", hostOrganisationId: host.id });
    const participant = await createParticipant(prisma);
    const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id });
    await prisma.applicationMessage.create({ data: { applicationId: application.id, authorId: company.id, side: "HOST", body: "Hello from the host" } });
    await erasure.requestAccountDeletion(company.id, company.email, now);
    await erasure.runAccountErasure(company.id, afterGrace);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({ name: "Former user", deletedAt: afterGrace });
    expect(await prisma.hostOrganisation.findUniqueOrThrow({ where: { id: host.id } })).toMatchObject({ legalName: "Staying Host BV" });
    expect(await prisma.offer.count({ where: { hostId: host.id } })).toBe(1);
    expect((await prisma.applicationMessage.findFirstOrThrow({ where: { authorId: company.id } })).body).toBe(erasure.ERASED_TEXT);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).motivation).toBe(application.motivation);
  });
});

describe("with FILE_STORE=database", () => {
  useFileStore("database");

  it("stores the archive and removes it and the CVs on erasure", async () => {
    const { user, profileCv } = await studentWithMobility("db");
    const row = await readyExport(user.id);
    expect(await storedFileNames()).toEqual(expect.arrayContaining([row.fileName, profileCv.storedName]));
    const { listing } = await unzipped((await exports.readDataExport(user.id, row.id)).bytes, "db");
    expect(listing).toContain("files/profile-cv-My_CV.pdf");
    await erasure.requestAccountDeletion(user.id, user.email, new Date(Date.now() - 15 * 86_400_000));
    await drainJobs();
    expect(await storedFileNames()).toEqual([]);
  });
});
