import { beforeEach, describe, expect, it } from "vitest";
import { tempOutbox } from "./temp-outbox";

// Posting mails the other side: this file gets its own outbox (read at import, so imports follow).
tempOutbox();
const { prisma } = await import("@/lib/server/db");
const { ExpectedError, ForbiddenError, NotFoundError } = await import("@/lib/server/errors");
const { outboxMessages } = await import("./delivered-mail");
const { getThread, postMessage } = await import("@/lib/server/services/application/messages");
const { threadJson } = await import("@/lib/server/api/application-message-json");
const { getApplicationForHost, listApplicants } = await import("@/lib/server/services/application/host");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createUser } = await import("@/prisma/seed/factories");
const { asCurrentUser, officerOf } = await import("./current-user");
const { resetDatabase } = await import("./reset");

beforeEach(resetDatabase);

/** An application to a host's offer, with every party around it and their strangers. */
async function world() {
  const institution = await createInstitution(prisma, { country: "BE" });
  const host = await createHostOrganisation(prisma, { country: "NL", legalName: "Acme Data BV", user: true });
  const secondHostUser = await createUser(prisma, { role: "COMPANY", hostOrganisationId: host.id, locale: "nl" });
  const offer = await createOffer(prisma, { hostId: host.id });
  const participant = await createParticipant(prisma, { institutionId: institution.id, user: { locale: "da" } });
  const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id });
  const foreignHost = await createHostOrganisation(prisma, { country: "DE", user: true });
  const otherStudent = await createParticipant(prisma, { institutionId: institution.id });
  const otherInstitution = await createInstitution(prisma, { country: "DK" });
  return {
    application,
    offer,
    hostName: host.legalName,
    hostUser: asCurrentUser(host.users[0]!),
    secondHostUser,
    applicant: asCurrentUser(participant.user),
    officer: await officerOf(institution.id),
    foreignHostUser: asCurrentUser(foreignHost.users[0]!),
    otherStudent: asCurrentUser(otherStudent.user),
    foreignOfficer: await officerOf(otherInstitution.id),
    admin: asCurrentUser(await createUser(prisma, { role: "ADMIN" })),
  };
}

const newMails = async (before: string[]) => (await outboxMessages()).filter((m) => !before.includes(m.id));
const mailIds = async () => (await outboxMessages()).map((m) => m.id);

describe("application messages", () => {
  it("host and applicant write to each other; the other side is mailed a link to its own page, in its own language", async () => {
    const w = await world();
    const before = await mailIds();
    await postMessage(w.hostUser, { applicationId: w.application.id, body: "Could you start in March?" }, new Date("2027-01-10T09:00:00Z"));
    const toApplicant = await newMails(before);
    expect(toApplicant.map((m) => m.to)).toEqual([(await prisma.user.findUniqueOrThrow({ where: { id: w.applicant.id } })).email]);
    expect(toApplicant[0]!.subject).toBe(`Ny besked om “${w.offer.title}”`);
    expect(toApplicant[0]!.text).toContain(`/da/student/applications/${w.application.id}#messages`);
    expect(toApplicant[0]!.text).toContain(w.hostName);
    // The words stay in the portal: the mail only says that there is a message.
    expect(toApplicant[0]!.text).not.toContain("Could you start in March?");

    const beforeReply = await mailIds();
    await postMessage(w.applicant, { applicationId: w.application.id, body: "Yes, from 1 March." }, new Date("2027-01-10T10:00:00Z"));
    const toHost = await newMails(beforeReply);
    expect(toHost.map((m) => m.to).sort()).toEqual([w.hostUser.email, w.secondHostUser.email].sort());
    const dutch = toHost.find((m) => m.to === w.secondHostUser.email)!;
    expect(dutch.text).toContain(`/nl/company/applications/${w.application.id}#messages`);
    expect(dutch.text).toContain(w.applicant.name);

    const thread = await getThread(w.applicant, w.application.id, new Date("2027-01-10T11:00:00Z"));
    expect(thread).toMatchObject({ side: "APPLICANT", open: true, canWrite: true, hostName: w.hostName });
    expect(thread.messages.map((m) => [m.side, m.body, m.mine])).toEqual([
      ["HOST", "Could you start in March?", false],
      ["APPLICANT", "Yes, from 1 March.", true],
    ]);
    const audits = await prisma.auditEvent.findMany({ where: { entityId: w.application.id, verb: "application.message" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.actorId, (a.after as { side: string }).side])).toEqual([
      [w.hostUser.id, "HOST"],
      [w.applicant.id, "APPLICANT"],
    ]);
    expect(JSON.stringify(audits)).not.toContain("March");
  });

  it("marks what the other side wrote as read when a member opens the thread; the office's reading marks nothing", async () => {
    const w = await world();
    await postMessage(w.hostUser, { applicationId: w.application.id, body: "Hello" });
    await getThread(w.officer, w.application.id);
    await getThread(w.hostUser, w.application.id);
    expect((await prisma.applicationMessage.findFirstOrThrow()).readAt).toBeNull();
    const seenAt = new Date("2027-02-01T08:00:00Z");
    await getThread(w.applicant, w.application.id, seenAt);
    expect((await prisma.applicationMessage.findFirstOrThrow()).readAt).toEqual(seenAt);
    const hostView = await getThread(w.hostUser, w.application.id);
    expect(hostView.messages[0]).toMatchObject({ mine: true, readAt: seenAt });
  });

  it("the applicant's office reads the thread but cannot write in it", async () => {
    const w = await world();
    await postMessage(w.applicant, { applicationId: w.application.id, body: "A question about the tasks." });
    const thread = await getThread(w.officer, w.application.id);
    expect(thread).toMatchObject({ side: null, canWrite: false });
    expect(thread.messages.map((m) => m.body)).toEqual(["A question about the tasks."]);
    await expect(postMessage(w.officer, { applicationId: w.application.id, body: "Office here" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  describe("attacks: strangers to the application get 'not found', read nothing and write nothing", () => {
    it.each(["foreignHostUser", "otherStudent", "foreignOfficer", "admin"] as const)("%s", async (who) => {
      const w = await world();
      await postMessage(w.hostUser, { applicationId: w.application.id, body: "Private words" });
      const before = await mailIds();
      await expect(getThread(w[who], w.application.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(postMessage(w[who], { applicationId: w.application.id, body: "Injected" })).rejects.toBeInstanceOf(NotFoundError);
      expect(await prisma.applicationMessage.count()).toBe(1);
      expect(await newMails(before)).toEqual([]);
    });

    it("a company user whose organisation id is forged to null, or a student without a profile, gets nothing", async () => {
      const w = await world();
      await expect(getThread({ ...w.hostUser, hostOrganisationId: null }, w.application.id)).rejects.toBeInstanceOf(NotFoundError);
      const lone = asCurrentUser(await createUser(prisma, { role: "STUDENT" }));
      await expect(postMessage(lone, { applicationId: w.application.id, body: "Hi" })).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  it("a withdrawn or rejected application's thread stays readable but takes no new message", async () => {
    const w = await world();
    await postMessage(w.hostUser, { applicationId: w.application.id, body: "Thanks for applying." });
    await prisma.application.update({ where: { id: w.application.id }, data: { status: "WITHDRAWN" } });
    const thread = await getThread(w.hostUser, w.application.id);
    expect(thread).toMatchObject({ open: false, canWrite: false });
    expect(thread.messages).toHaveLength(1);
    await expect(postMessage(w.applicant, { applicationId: w.application.id, body: "Wait" })).rejects.toMatchObject({
      key: "applicationMessages.errors.closed",
      status: 409,
    });
  });

  it("throttles an author after 30 messages an hour (each one mails the other side)", async () => {
    const w = await world();
    for (let i = 0; i < 30; i++) await postMessage(w.applicant, { applicationId: w.application.id, body: `Message ${i}` });
    const refused = postMessage(w.applicant, { applicationId: w.application.id, body: "One more" });
    await expect(refused).rejects.toBeInstanceOf(ExpectedError);
    await expect(refused).rejects.toMatchObject({ key: "applicationMessages.errors.tooMany", field: "body", status: 429 });
    expect(await prisma.applicationMessage.count()).toBe(30);
    // The limit is the author's own: the host can still answer.
    await postMessage(w.hostUser, { applicationId: w.application.id, body: "Got them all." });
  });

  it("the API's JSON names no e-mail address", async () => {
    const w = await world();
    await postMessage(w.hostUser, { applicationId: w.application.id, body: "Hello" });
    const json = JSON.stringify(threadJson(await getThread(w.hostUser, w.application.id)));
    expect(json).not.toContain("@");
    expect(json).toContain('"side":"HOST"');
  });
});

describe("what the host sees of an applicant", () => {
  it("the e-mail address only from the shortlist on (the page shows it when hostSeesApplicantEmail)", async () => {
    const { hostSeesApplicantEmail } = await import("@/lib/domain/application-messages");
    const w = await world();
    expect(hostSeesApplicantEmail((await getApplicationForHost(w.hostUser, w.application.id)).status)).toBe(false);
    expect(await getApplicationForHost(w.hostUser, w.application.id)).toMatchObject({
      undecided: true,
      hostSteps: expect.arrayContaining(["accept", "reject"]),
    });
    await prisma.application.update({ where: { id: w.application.id }, data: { status: "SHORTLISTED" } });
    expect(hostSeesApplicantEmail((await getApplicationForHost(w.hostUser, w.application.id)).status)).toBe(true);
  });

  it("the applicant list carries each applicant's match score and reasons, and the unread messages", async () => {
    const w = await world();
    await postMessage(w.applicant, { applicationId: w.application.id, body: "Hello" });
    await postMessage(w.applicant, { applicationId: w.application.id, body: "Any news?" });
    const list = await listApplicants(w.hostUser, w.offer.id);
    expect(list.applications).toHaveLength(1);
    const row = list.applications[0]!;
    expect(row.unreadMessages).toBe(2);
    expect(row.match.score).toBeGreaterThanOrEqual(0);
    expect(row.match.score).toBeLessThanOrEqual(100);
    expect(row.match.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(["skills", "language", "field"]));
    await getThread(w.hostUser, w.application.id);
    expect((await listApplicants(w.hostUser, w.offer.id)).applications[0]!.unreadMessages).toBe(0);
    // Another host's user cannot list this offer's applicants at all.
    await expect(listApplicants(w.foreignHostUser, w.offer.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
