import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { fakeSmtpServer } from "./fake-smtp";

// Mail goes through a durable queue in the database (docs/decisions/0014). These tests deliver by
// SMTP to a fake server on loopback, which can stop listening (an outage) and come back.
const smtp = await fakeSmtpServer();
process.env.SMTP_URL = smtp.url;
afterAll(() => smtp.close());

const { prisma } = await import("@/lib/server/db");
const { queueMail, queueMails } = await import("@/lib/server/jobs/queue");
const { claimDueJobs, drainJobs, LEASE_MS, pruneFinishedJobs, runDueJobs } = await import("@/lib/server/jobs/worker");
const { retryAllFailedJobs, retryJob, listJobs, jobCounts } = await import("@/lib/server/services/jobs-admin");
const { postMessage } = await import("@/lib/server/services/application/messages");
const { createUser } = await import("@/prisma/seed/factories");
const { asCurrentUser } = await import("./current-user");
const { resetDatabase } = await import("./reset");

const mail = (n: number) => ({
  to: `trainee${n}@example.eu`,
  subject: `Message ${n}`,
  text: `Hello ${n}, your link: https://dot.example.eu/x?token=secret${n}`,
});
const messageIds = () => smtp.received.map((data) => /^Message-ID: (<[^>]+>)/im.exec(data)?.[1]);
const later = (ms: number) => () => new Date(Date.now() + ms);

beforeEach(async () => {
  await resetDatabase();
  smtp.received.length = 0;
});

describe("the mail queue", () => {
  it("delivers a queued mail once by SMTP, with the job's id as Message-ID, and keeps only the subject afterwards", async () => {
    const id = await queueMail(prisma, mail(1));
    expect(smtp.received).toHaveLength(0); // queued, not sent
    expect(await drainJobs()).toBe(1);
    expect(messageIds()).toEqual([`<${id}@dot-portal>`]);
    expect(smtp.received[0]).toContain("To: trainee1@example.eu");
    const job = await prisma.job.findUniqueOrThrow({ where: { id } });
    expect(job).toMatchObject({ status: "DONE", attempts: 1, lastError: null, payload: { subject: "Message 1" } });
    expect(JSON.stringify(job.payload)).not.toContain("secret1");
    expect(await drainJobs()).toBe(0); // nothing runs twice
    expect(smtp.received).toHaveLength(1);
  });

  it("is written in the transaction of the change: a rolled-back change leaves no mail", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await queueMail(tx, mail(1));
        throw new Error("the change fails after queueing");
      }),
    ).rejects.toThrow("the change fails");
    expect(await prisma.job.count()).toBe(0);
  });

  it("survives an SMTP outage: refused connections keep the mails queued, and they go out once when the server is back", async () => {
    await queueMails(prisma, [mail(1), mail(2), mail(3)]);
    await smtp.close();
    expect(await runDueJobs()).toBe(3);
    const waiting = await prisma.job.findMany({ orderBy: { runAt: "asc" } });
    expect(waiting.map((j) => j.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
    for (const job of waiting) {
      expect(job.attempts).toBe(1);
      expect(job.lastError).toMatch(/ECONNREFUSED/);
      expect(job.runAt.getTime()).toBeGreaterThan(Date.now() + 25_000); // backoff: not before ~30 s
    }
    expect(await runDueJobs()).toBe(0); // not due yet
    // Still down at the second attempt: the wait doubles.
    await runDueJobs({ now: later(40_000) });
    const second = await prisma.job.findFirstOrThrow();
    expect(second).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(second.runAt.getTime()).toBeGreaterThan(Date.now() + 40_000 + 55_000);

    await smtp.open();
    expect(await drainJobs({ now: later(3 * 60_000) })).toBe(3);
    expect(smtp.received).toHaveLength(3);
    expect(new Set(messageIds()).size).toBe(3);
    expect(await prisma.job.count({ where: { status: "DONE" } })).toBe(3);
  });

  it("gives up after the last attempt; the administrator's retry sends it, audited, and a second retry changes nothing", async () => {
    const admin = asCurrentUser(await createUser(prisma, { role: "ADMIN" }));
    const id = await queueMail(prisma, mail(1));
    await prisma.job.update({ where: { id }, data: { attempts: 11 } }); // eleven failures already
    await smtp.close();
    await runDueJobs();
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED", attempts: 12 });
    expect(await jobCounts()).toMatchObject({ FAILED: 1, PENDING: 0 });
    expect((await listJobs({ status: "FAILED", page: 1 })).items).toEqual([expect.objectContaining({ id, subject: "Message 1", kind: "mail" })]);
    expect(await runDueJobs({ now: later(24 * 3_600_000) })).toBe(0); // failed jobs wait for a person

    await smtp.open();
    expect(await retryJob(admin, id)).toEqual({ retried: true });
    expect(await retryJob(admin, id)).toEqual({ retried: false });
    expect(await drainJobs()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { verb: "job.retry", entityId: id } })).toBe(1);
    expect(await retryAllFailedJobs(admin)).toEqual({ retried: 0 });
  });

  it("a worker killed while holding a job: after its lease expires another worker sends it; the dead worker's late finish changes nothing", async () => {
    const id = await queueMail(prisma, mail(1));
    const [held] = await claimDueJobs("worker-that-dies", 10, new Date());
    expect(held?.id).toBe(id);
    expect(await runDueJobs({ workerId: "survivor" })).toBe(0); // leased
    expect(await runDueJobs({ workerId: "survivor", now: later(LEASE_MS + 1000) })).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const done = await prisma.job.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "DONE", attempts: 2, lockedBy: "survivor" });
    // The first worker comes back to life and marks its attempt as failed: not its job any more.
    await prisma.job.updateMany({ where: { id, status: "RUNNING", lockedBy: "worker-that-dies" }, data: { status: "PENDING" } });
    expect(await drainJobs({ now: later(LEASE_MS * 10) })).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("two workers racing over the same queue send every mail exactly once", async () => {
    await queueMails(
      prisma,
      Array.from({ length: 30 }, (_, i) => mail(i)),
    );
    const ran = await Promise.all([drainJobs({ workerId: "a", limit: 5 }), drainJobs({ workerId: "b", limit: 5 }), drainJobs({ workerId: "c", limit: 5 })]);
    expect(ran.reduce((a, b) => a + b, 0)).toBe(30);
    expect(smtp.received).toHaveLength(30);
    expect(new Set(messageIds()).size).toBe(30);
  });

  it("a job of an unknown kind fails with its reason instead of blocking the queue", async () => {
    await prisma.job.create({ data: { kind: "no-such-kind", payload: {}, maxAttempts: 1 } });
    await queueMail(prisma, mail(1));
    expect(await drainJobs()).toBe(2);
    expect(await prisma.job.findFirstOrThrow({ where: { kind: "no-such-kind" } })).toMatchObject({
      status: "FAILED",
      lastError: 'Error: unknown job kind "no-such-kind"',
    });
    expect(smtp.received).toHaveLength(1);
  });

  it("forgets delivered jobs after two weeks, never failed ones", async () => {
    await queueMails(prisma, [mail(1), mail(2)]);
    await drainJobs();
    await prisma.job.create({ data: { kind: "mail", payload: mail(3), status: "FAILED", finishedAt: new Date(Date.now() - 30 * 86_400_000) } });
    expect(await pruneFinishedJobs(new Date(Date.now() + 13 * 86_400_000))).toBe(0);
    expect(await pruneFinishedJobs(new Date(Date.now() + 15 * 86_400_000))).toBe(2);
    expect(await prisma.job.count()).toBe(1);
  });

  it("a service that changes nothing queues nothing: a message refused on a closed thread sends no mail", async () => {
    const student = asCurrentUser(await createUser(prisma, { role: "STUDENT" }));
    await expect(postMessage({ ...student, role: "STUDENT" }, { applicationId: "missing", body: "Hello" })).rejects.toThrow();
    expect(await prisma.job.count()).toBe(0);
  });
});
