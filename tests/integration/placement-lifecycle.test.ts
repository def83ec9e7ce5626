import { beforeEach, describe, expect, it } from "vitest";
import { tempOutbox } from "./temp-outbox";

tempOutbox(); // before anything that sends mail is imported

const { prisma } = await import("@/lib/server/db");
const { outboxMessages } = await import("./delivered-mail");
const { decideApplication } = await import("@/lib/server/services/application/host");
const { approvePlacement, rejectPlacement } = await import("@/lib/server/services/placement/approval");
const { cancelPlacementAsOffice, cancelPlacementAsStudent, cancelPlacementByIdAsOffice, releasePlace, reproposePlacement } =
  await import("@/lib/server/services/placement/lifecycle");
const { decisionSchema } = await import("@/lib/validation/application-decision");
const { approveSchema, rejectSchema } = await import("@/lib/validation/placement-decision");
const { cancelPlacementSchema, cancelSchema, releaseSchema, reproposeSchema } = await import("@/lib/validation/placement-lifecycle");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant } = await import("@/prisma/seed/factories");
const { findOwnRecords, ownCallYears } = await import("@/lib/server/services/mobility-records");
const { getOwnStatistics, statisticsCallYears } = await import("@/lib/server/services/statistics");
const { resetDatabase } = await import("./reset");
const NO_FILTERS = { callYear: null, action: null };
const { asCurrentUser, officerOf } = await import("./current-user");

beforeEach(resetDatabase);

const today = new Date(Date.UTC(2026, 10, 24));
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const REASON = "Twenty days is below the 60-day Erasmus+ minimum.";

/** A Ghent student and a Rotterdam host whose only place needs at least 3 months, the office with its agreement. */
async function scenario() {
  const institution = await createInstitution(prisma, { country: "BE", name: "Universiteit Gent" });
  await prisma.projectAgreement.create({
    data: { institutionId: institution.id, action: "KA131", callYear: 2026, agreementNumber: "2026-1-BE01-KA131-HED-000001234" },
  });
  const officer = await officerOf(institution.id);
  const host = await createHostOrganisation(prisma, { country: "NL", city: "Rotterdam", user: true });
  const offer = await createOffer(prisma, {
    hostId: host.id,
    places: 1,
    status: "PUBLISHED",
    durationMinMonths: 3,
    durationMaxMonths: 6,
    earliestStart: utc("2027-01-01"),
    latestEnd: utc("2027-12-31"),
  });
  const hostUser = asCurrentUser(host.users[0]!);
  const apply = async () => {
    const participant = await createParticipant(prisma, { institutionId: institution.id });
    const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "SUBMITTED" });
    const student = asCurrentUser(await prisma.user.findUniqueOrThrow({ where: { id: participant.userId } }));
    return { application, participant, student };
  };
  return { institution, officer, host, hostUser, offer, apply };
}

const accept = (applicationId: string, start: string, end: string, acceptAnyway = false) =>
  decisionSchema.parse({ applicationId, decision: "ACCEPT", start, end, ...(acceptAnyway ? { acceptAnyway: "on" } : {}) });
const placementOf = (applicationId: string) => prisma.placement.findUniqueOrThrow({ where: { applicationId } });
const statusOf = async (applicationId: string) => (await prisma.application.findUniqueOrThrow({ where: { id: applicationId } })).status;

/** Accepted for 20 days despite the warnings, then refused by the office. */
async function refused() {
  const s = await scenario();
  const first = await s.apply();
  await decideApplication(s.hostUser, accept(first.application.id, "2027-03-01", "2027-03-20", true), today);
  const placement = await placementOf(first.application.id);
  await rejectPlacement(s.officer, rejectSchema.parse({ placementId: placement.id, reason: REASON }));
  return { ...s, first, placement };
}

describe("accepting warns about a period the office will refuse", () => {
  it("refuses a 20-day period until the host accepts anyway, then records the warnings and tells the student and the office", async () => {
    const s = await scenario();
    const { application, participant } = await s.apply();
    await expect(decideApplication(s.hostUser, accept(application.id, "2027-03-01", "2027-03-20"), today)).rejects.toMatchObject({
      key: "placementLifecycle.warnings.confirmRequired",
      field: "acceptAnyway",
    });
    expect(await statusOf(application.id)).toBe("SUBMITTED");
    expect(await prisma.placement.count()).toBe(0);

    await decideApplication(s.hostUser, accept(application.id, "2027-03-01", "2027-03-20", true), today);
    expect(await statusOf(application.id)).toBe("ACCEPTED");
    const propose = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "placement.propose" } });
    expect(propose.after).toMatchObject({ warnings: ["duration/too-short", "offer/shorter-than-offer"] });

    const mails = await outboxMessages();
    const student = await prisma.user.findUniqueOrThrow({ where: { id: participant.userId } });
    expect(mails.find((m) => m.to === student.email)?.subject).toContain("accepted you");
    const office = mails.find((m) => m.to === s.officer.email);
    expect(office?.subject).toContain("New placement to review");
    expect(office?.text).toMatch(/\/en\/office\/placements\//);
  });

  it("needs no confirmation for a period every rule and the offer accept", async () => {
    const s = await scenario();
    const { application } = await s.apply();
    await decideApplication(s.hostUser, accept(application.id, "2027-03-01", "2027-06-30"), today);
    expect((await placementOf(application.id)).status).toBe("PROPOSED");
  });
});

describe("the host's and the student's decisions before acceptance", () => {
  it("not selecting tells the student with the reason; withdrawing tells the host", async () => {
    const { withdrawApplication } = await import("@/lib/server/services/application/student");
    const s = await scenario();
    const rejected = await s.apply();
    const reason = "We chose a candidate who can start earlier.";
    await decideApplication(s.hostUser, decisionSchema.parse({ applicationId: rejected.application.id, decision: "REJECT", reason }), today);
    const mails = await outboxMessages();
    const told = mails.find((m) => m.to === rejected.student.email);
    expect(told?.subject).toContain("was not selected");
    expect(told?.text).toContain(`Reason: ${reason}`);

    const withdrawing = await s.apply();
    await withdrawApplication(withdrawing.student, withdrawing.application.id, "I found another traineeship.");
    await withdrawApplication(withdrawing.student, withdrawing.application.id); // again: nothing more is sent
    const toHost = (await outboxMessages()).filter((m) => m.to === s.host.users[0]!.email && m.subject.includes("withdrew"));
    expect(toHost).toHaveLength(1);
    expect(toHost[0]!.text).toMatch(/\/en\/company\/applications\//);
  });
});

describe("after the office's refusal", () => {
  it("keeps the place taken, so nobody else can be accepted yet", async () => {
    const s = await refused();
    expect(await statusOf(s.first.application.id)).toBe("ACCEPTED");
    const second = await s.apply();
    await expect(decideApplication(s.hostUser, accept(second.application.id, "2027-03-01", "2027-06-30"), today)).rejects.toMatchObject({
      key: "applicants.full",
    });
  });

  it("the host proposes corrected dates: a new proposal, the refused one kept, the office approves it", async () => {
    const s = await refused();
    const input = reproposeSchema.parse({ applicationId: s.first.application.id, start: "2027-03-01", end: "2027-06-30" });
    const now = new Date("2026-11-25T10:00:00Z");
    expect(await reproposePlacement(s.hostUser, input, now)).toEqual({ placementId: s.placement.id, already: false });
    // Sending the same dates again changes nothing.
    expect(await reproposePlacement(s.hostUser, input, now)).toEqual({ placementId: s.placement.id, already: true });

    const current = await placementOf(s.first.application.id);
    expect(current).toMatchObject({
      id: s.placement.id,
      status: "PROPOSED",
      startDate: utc("2027-03-01"),
      endDate: utc("2027-06-30"),
      decisionReason: null,
      decidedAt: null,
    });
    const history = await prisma.placementProposal.findMany({ where: { placementId: s.placement.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      status: "REJECTED",
      startDate: utc("2027-03-01"),
      endDate: utc("2027-03-20"),
      decisionReason: REASON,
      supersededAt: now,
    });
    expect(await prisma.auditEvent.count({ where: { verb: "placement.repropose", entityId: s.placement.id } })).toBe(1);
    const mails = await outboxMessages();
    expect(mails.some((m) => m.to === s.officer.email && m.subject.startsWith("Corrected dates to review"))).toBe(true);

    const approved = await approvePlacement(s.officer, approveSchema.parse({ placementId: s.placement.id }));
    expect(approved.alreadyApproved).toBe(false);
    expect((await placementOf(s.first.application.id)).status).toBe("APPROVED");
  });

  it("corrected dates that still break a rule need the host's confirmation", async () => {
    const s = await refused();
    const input = reproposeSchema.parse({ applicationId: s.first.application.id, start: "2027-03-01", end: "2027-04-15" });
    await expect(reproposePlacement(s.hostUser, input)).rejects.toMatchObject({ key: "placementLifecycle.warnings.confirmRequired" });
    expect((await placementOf(s.first.application.id)).status).toBe("REJECTED");
  });

  it("the host releases the place: the application is rejected with the reason, the student told, another applicant accepted", async () => {
    const s = await refused();
    const reason = "We cannot offer three months this spring, sorry.";
    const input = releaseSchema.parse({ applicationId: s.first.application.id, reason });
    expect(await releasePlace(s.hostUser, input)).toEqual({ already: false });
    expect(await releasePlace(s.hostUser, input)).toEqual({ already: true });
    const app = await prisma.application.findUniqueOrThrow({ where: { id: s.first.application.id } });
    expect(app).toMatchObject({ status: "REJECTED", reason });
    expect(await prisma.auditEvent.count({ where: { verb: "application.release", entityId: app.id } })).toBe(1);
    const student = await prisma.user.findUniqueOrThrow({ where: { id: s.first.participant.userId } });
    const mail = (await outboxMessages()).find((m) => m.to === student.email && m.subject.includes("released your place"));
    expect(mail?.text).toContain(`Reason: ${reason}`);
    expect(mail?.text).toMatch(/\/en\/student\/applications\//);

    // Neither corrected dates nor a second release any more.
    await expect(
      reproposePlacement(s.hostUser, reproposeSchema.parse({ applicationId: app.id, start: "2027-03-01", end: "2027-06-30" })),
    ).rejects.toMatchObject({
      key: "placementLifecycle.errors.notNow",
    });
    const second = await s.apply();
    await decideApplication(s.hostUser, accept(second.application.id, "2027-03-01", "2027-06-30"), today);
    expect(await statusOf(second.application.id)).toBe("ACCEPTED");
  });

  it("the host cannot release while the office has not decided", async () => {
    const s = await scenario();
    const { application } = await s.apply();
    await decideApplication(s.hostUser, accept(application.id, "2027-03-01", "2027-06-30"), today);
    await expect(releasePlace(s.hostUser, releaseSchema.parse({ applicationId: application.id, reason: "Changed our mind, sorry." }))).rejects.toMatchObject({
      key: "placementLifecycle.errors.notNow",
    });
    await expect(
      reproposePlacement(s.hostUser, reproposeSchema.parse({ applicationId: application.id, start: "2027-04-01", end: "2027-07-31" })),
    ).rejects.toMatchObject({
      key: "placementLifecycle.errors.notNow",
    });
  });

  it("another company's host cannot touch the application", async () => {
    const s = await refused();
    const other = await createHostOrganisation(prisma, { country: "DE", city: "Berlin", user: true });
    await expect(
      releasePlace(asCurrentUser(other.users[0]!), releaseSchema.parse({ applicationId: s.first.application.id, reason: "Not my application at all." })),
    ).rejects.toMatchObject({
      key: "errors.notFound",
    });
  });
});

describe("cancelling an approved placement", () => {
  async function approvedPlacement() {
    const s = await scenario();
    const first = await s.apply();
    await decideApplication(s.hostUser, accept(first.application.id, "2027-03-01", "2027-06-30"), today);
    const placement = await placementOf(first.application.id);
    await approvePlacement(s.officer, approveSchema.parse({ placementId: placement.id }));
    return { ...s, first, placement };
  }

  it.each(["student", "office"] as const)("by the %s frees the place, is audited and mailed", async (by) => {
    const s = await approvedPlacement();
    const input = cancelSchema.parse({ applicationId: s.first.application.id, reason: "The student got ill and cannot travel." });
    const cancel = () => (by === "student" ? cancelPlacementAsStudent(s.first.student, input) : cancelPlacementAsOffice(s.officer, input));
    expect(await cancel()).toEqual({ already: false });
    expect(await cancel()).toEqual({ already: true });
    expect((await placementOf(s.first.application.id)).status).toBe("CANCELLED");
    expect(await statusOf(s.first.application.id)).toBe("WITHDRAWN");
    const events = await prisma.auditEvent.findMany({ where: { verb: "placement.cancel" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ by, status: "CANCELLED" });
    const hostMail = (await outboxMessages()).find((m) => m.to === s.host.users[0]!.email && m.subject.includes("is cancelled"));
    expect(hostMail?.text).toMatch(/\/company\/applications\//);

    const second = await s.apply();
    await decideApplication(s.hostUser, accept(second.application.id, "2027-03-01", "2027-06-30"), today);
    expect(await statusOf(second.application.id)).toBe("ACCEPTED");
  });

  it("the API's cancel names the placement: the same service, once, and only for its own office", async () => {
    const s = await approvedPlacement();
    const input = cancelPlacementSchema.parse({ placementId: s.placement.id, reason: "The host closed its office for the summer." });
    const otherOffice = await officerOf((await createInstitution(prisma, { country: "DK" })).id);
    await expect(cancelPlacementByIdAsOffice(otherOffice, input)).rejects.toMatchObject({ key: "errors.notFound" });
    expect(await cancelPlacementByIdAsOffice(s.officer, input)).toEqual({ already: false });
    expect(await cancelPlacementByIdAsOffice(s.officer, input)).toEqual({ already: true });
    expect((await placementOf(s.first.application.id)).status).toBe("CANCELLED");
    expect(await prisma.auditEvent.count({ where: { verb: "placement.cancel" } })).toBe(1);
  });

  it("takes the mobility record out of the office's records, exports and statistics", async () => {
    const s = await approvedPlacement();
    const counted = async () => ({
      records: (await findOwnRecords(s.officer, NO_FILTERS)).length,
      years: await ownCallYears(s.officer),
      statistics: (await getOwnStatistics(s.officer)).total,
      statYears: await statisticsCallYears(s.officer),
    });
    expect(await counted()).toEqual({ records: 1, years: [s.placement.callYear], statistics: 1, statYears: [s.placement.callYear] });
    await cancelPlacementAsOffice(s.officer, cancelSchema.parse({ applicationId: s.first.application.id, reason: "The student got ill and cannot travel." }));
    expect(await counted()).toEqual({ records: 0, years: [], statistics: 0, statYears: [] });
    // Kept for the audit trail.
    expect(await prisma.mobilityRecord.count({ where: { placementId: s.placement.id } })).toBe(1);
  });

  it("is refused before approval, and another student's or institution's application is not found", async () => {
    const s = await refused();
    const input = cancelSchema.parse({ applicationId: s.first.application.id, reason: "The student got ill and cannot travel." });
    await expect(cancelPlacementAsStudent(s.first.student, input)).rejects.toMatchObject({ key: "placementLifecycle.errors.notNow" });
    const stranger = await s.apply();
    await expect(cancelPlacementAsStudent(stranger.student, input)).rejects.toMatchObject({ key: "errors.notFound" });
    const otherOffice = await officerOf((await createInstitution(prisma, { country: "DK" })).id);
    await expect(cancelPlacementAsOffice(otherOffice, input)).rejects.toMatchObject({ key: "errors.notFound" });
  });
});
