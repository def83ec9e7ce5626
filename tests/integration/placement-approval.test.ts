import { beforeEach, describe, expect, it } from "vitest";
import type { CheckId } from "@/lib/domain";
import { tempOutbox } from "./temp-outbox";

tempOutbox(); // before anything that sends mail is imported

const { prisma } = await import("@/lib/server/db");
const { ExpectedError, NotFoundError } = await import("@/lib/server/errors");
const { outboxMessages } = await import("./delivered-mail");
const { ApprovalRefusedError, approvePlacement, rejectPlacement } = await import("@/lib/server/services/placement/approval");
const { approveSchema, rejectSchema } = await import("@/lib/validation/placement-decision");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createPlacement } =
  await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");
const { officerOf } = await import("./current-user");

type CurrentUser = import("@/lib/server/auth/session").CurrentUser;
type HostOverrides = import("@/prisma/seed/factories").HostOverrides;
type InstitutionOverrides = import("@/prisma/seed/build/institution").InstitutionInput;
type OfferOverrides = import("@/prisma/seed/factories").OfferOverrides;
type ParticipantOverrides = import("@/prisma/seed/factories").ParticipantOverrides;
type PlacementOverrides = import("@/prisma/seed/factories").PlacementOverrides;

beforeEach(resetDatabase);

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const AGREEMENT = "2026-1-BE01-KA131-HED-000001234";
const NO_EVIDENCE = "Help the team with its daily work.\nJoin our weekly meetings with clients and partners.";
const JUSTIFICATION = "The host confirmed in writing that the trainee designs parts in CAD every day.";

/** A Belgian institution with its KA131 2026 agreement, an officer, and one PROPOSED placement (150 days in NL). */
async function scenario(
  o: {
    institution?: InstitutionOverrides;
    host?: HostOverrides;
    offer?: OfferOverrides;
    participant?: ParticipantOverrides;
    placement?: PlacementOverrides;
    agreement?: boolean;
  } = {},
) {
  const institution = await createInstitution(prisma, { country: "BE", erasmusCode: "B GENT01", name: "Universiteit Gent", ...o.institution });
  if (o.agreement !== false) {
    await prisma.projectAgreement.create({ data: { institutionId: institution.id, action: "KA131", callYear: 2026, agreementNumber: AGREEMENT } });
  }
  const officer = await officerOf(institution.id);
  const host = await createHostOrganisation(prisma, { country: "NL", city: "Utrecht", user: { locale: "nl" }, ...o.host });
  const offer = await createOffer(prisma, { hostId: host.id, language: "en", ...o.offer });
  const participant = await createParticipant(prisma, { institutionId: institution.id, firstName: "Robbe", lastName: "Janssens", ...o.participant });
  const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });
  const placement = await createPlacement(prisma, {
    applicationId: application.id,
    action: "KA131",
    callYear: 2026,
    startDate: utc("2027-03-01"),
    endDate: utc("2027-07-28"),
    ...o.placement,
  });
  return { institution, officer, host, offer, participant, placement };
}

const approve = (placementId: string, patch: Record<string, unknown> = {}) => approveSchema.parse({ placementId, ...patch });

async function nothingWritten(placementId: string) {
  expect((await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })).status).toBe("PROPOSED");
  expect(await prisma.mobilityRecord.count()).toBe(0);
  expect(await prisma.learningAgreement.count()).toBe(0);
  expect(await prisma.auditEvent.count({ where: { entityType: "Placement" } })).toBe(0);
}

describe("approvePlacement", () => {
  it("approves an eligible placement: one record with the §4 grant from the institution's rates and the snapshot", async () => {
    const { institution, officer, host, offer, participant, placement } = await scenario();
    // The institution's own rate for KA131 2026, group 2 (NL), replaces the default 490 €.
    await prisma.grantRate.create({
      data: { institutionId: institution.id, action: "KA131", callYear: 2026, countryGroup: 2, monthlyRateCents: 50000, traineeshipTopUpCents: 15000 },
    });
    const now = new Date("2026-11-25T09:30:00Z");
    const result = await approvePlacement(officer, approve(placement.id), now);
    expect(result.alreadyApproved).toBe(false);

    const records = await prisma.mobilityRecord.findMany();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      placementId: placement.id,
      institutionId: institution.id,
      action: "KA131",
      callYear: 2026,
      activityType: "HE-SMT",
      agreementNumber: AGREEMENT,
      digitalSkills: true,
      categories: ["software-development"],
      durationDays: 150,
      fundedMonths: 5,
      extraDays: 0,
      countryGroup: 2,
      monthlyRateCents: 50000,
      baseGrantCents: 250000,
      topUpCents: 75000,
      travelCents: 0,
      totalGrantCents: 325000,
      participantFirstName: "Robbe",
      participantLastName: "Janssens",
      participantEmail: participant.user.email,
      participantNationality: "BE",
      recentGraduate: false,
      fieldOfEducation: "0613",
      eqfLevel: 7,
      mainLanguage: "en",
      sendingName: "Universiteit Gent",
      sendingErasmusCode: "B GENT01",
      receivingName: host.legalName,
      receivingPic: host.pic,
      receivingSector: "J",
      receivingCountry: "NL",
      receivingCity: offer.city,
      approvedById: officer.id,
      approvedByName: officer.name,
      overrideJustification: null,
      overrideCategories: null,
    });
    expect(records[0]!.mobilityId).toMatch(/^2026-KA131-BGENT01-[0-9A-Z]{8}$/);
    expect(records[0]!.approvedAt.toISOString()).toBe(now.toISOString());

    const after = await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } });
    expect(after).toMatchObject({ status: "APPROVED", decidedById: officer.id });
    expect((after.checks as { approvable: boolean }).approvable).toBe(true);
    expect(await prisma.learningAgreement.count({ where: { placementId: placement.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "placement.approve", entityId: placement.id, actorId: officer.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "placement.override" } })).toBe(0);

    // After the commit: the participant and the host's user are told, each in their language.
    const mails = await outboxMessages();
    expect(mails.find((m) => m.to === participant.user.email)?.subject).toBe(`Your traineeship at ${host.legalName} is approved`);
    expect(mails.find((m) => m.to === host.users[0]!.email)?.subject).toBe(`De stage van ${participant.user.name} is goedgekeurd`);
  });

  const HARD: readonly [CheckId, Parameters<typeof scenario>[0]][] = [
    ["country", { host: { country: "US", city: "Boston" } }],
    ["duration", { placement: { endDate: utc("2027-04-15") } }],
    // docs/domain.md §3a: a VET provider does not send higher-education students.
    ["participant", { institution: { type: "VET_PROVIDER", erasmusCode: null } }],
    ["format", { placement: { format: "HE-XYZ" } }],
    ["recent-graduate", { participant: { category: "HE_RECENT_GRADUATE", graduationDate: utc("2025-06-30"), selectedOn: utc("2025-05-01") } }],
    ["study-cycle-cap", { participant: { previousMobilityMonths: 10 } }],
    ["host-organisation", { host: { type: "EU_INSTITUTION" } }],
  ];

  it.each(HARD)("refuses when %s fails, even with an override, and writes nothing", async (id, overrides) => {
    const { officer, placement } = await scenario(overrides);
    const refusal = await approvePlacement(officer, approve(placement.id)).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApprovalRefusedError);
    expect((refusal as InstanceType<typeof ApprovalRefusedError>).failing).toEqual([id]);
    await expect(
      approvePlacement(officer, approve(placement.id, { overrideCategories: ["digital-design"], justification: JUSTIFICATION })),
    ).rejects.toBeInstanceOf(ApprovalRefusedError);
    await nothingWritten(placement.id);
  });

  it("asks for an override when only digital-activity fails; refuses a short justification; records the override", async () => {
    const { officer, placement } = await scenario({ offer: { tasks: NO_EVIDENCE, categories: ["digital-design"] } });
    await expect(approvePlacement(officer, approve(placement.id))).rejects.toMatchObject({ key: "placementDecision.errors.override.override-required" });
    // The form schema refuses a short justification…
    expect(approveSchema.safeParse({ placementId: placement.id, overrideCategories: "digital-design", justification: "Too short." }).success).toBe(false);
    // …and so does the service when called past the schema.
    await expect(
      approvePlacement(officer, { placementId: placement.id, overrideCategories: ["digital-design"], justification: "x".repeat(29) }),
    ).rejects.toMatchObject({
      key: "placementDecision.errors.override.justification-too-short",
      field: "justification",
    });
    await nothingWritten(placement.id);

    const now = new Date("2026-11-25T10:00:00Z");
    await approvePlacement(
      officer,
      approve(placement.id, { overrideCategories: ["digital-design", "robotics-ai"], justification: `  ${JUSTIFICATION}  ` }),
      now,
    );
    const record = await prisma.mobilityRecord.findUniqueOrThrow({ where: { placementId: placement.id } });
    expect(record).toMatchObject({
      categories: ["digital-design", "robotics-ai"],
      overrideCategories: ["digital-design", "robotics-ai"],
      overrideJustification: JUSTIFICATION,
      overrideByName: officer.name,
    });
    expect(record.overrideAt?.toISOString()).toBe(now.toISOString());
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({
      status: "APPROVED",
      overrideCategories: ["digital-design", "robotics-ai"],
      overrideJustification: JUSTIFICATION,
    });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "placement.override", entityId: placement.id } });
    expect(event.actorId).toBe(officer.id);
    expect(event.after).toMatchObject({ categories: ["digital-design", "robotics-ai"], justification: JUSTIFICATION, officer: officer.name });
    // The Learning Agreement draft carries the confirmed activities (createLearningAgreement reads them).
    expect(await prisma.learningAgreement.count({ where: { placementId: placement.id } })).toBe(1);
  });

  it("refuses an override when the tasks show evidence", async () => {
    const { officer, placement } = await scenario();
    await expect(
      approvePlacement(officer, approve(placement.id, { overrideCategories: ["digital-design"], justification: JUSTIFICATION })),
    ).rejects.toMatchObject({
      key: "placementDecision.errors.overrideNotNeeded",
    });
    await nothingWritten(placement.id);
  });

  it("refuses without a project agreement number for the action and call year, and writes nothing", async () => {
    const { officer, placement } = await scenario({ agreement: false });
    await expect(approvePlacement(officer, approve(placement.id))).rejects.toMatchObject({ key: "placementDecision.errors.noAgreement" });
    await nothingWritten(placement.id);
  });

  it("approving twice gives the same record, once", async () => {
    const { officer, placement } = await scenario();
    const first = await approvePlacement(officer, approve(placement.id));
    const second = await approvePlacement(officer, approve(placement.id));
    expect(second).toMatchObject({ alreadyApproved: true, record: { id: first.record.id } });
    expect(await prisma.mobilityRecord.count()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "placement.approve" } })).toBe(1);
  });

  it.each([
    ["CANCELLED", "placementDecision.errors.cancelled"],
    ["REJECTED", "placementDecision.errors.alreadyRejected"],
  ] as const)("refuses a %s placement", async (status, key) => {
    const { officer, placement } = await scenario({ placement: { status } });
    await expect(approvePlacement(officer, approve(placement.id))).rejects.toMatchObject({ key, status: 409 });
    expect(await prisma.mobilityRecord.count()).toBe(0);
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).status).toBe(status);
  });

  it("20 concurrent approvals of one placement give exactly one record and one approve event", async () => {
    const { officer, placement } = await scenario();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => approvePlacement(officer, approve(placement.id))));
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ record: { id: string } }>).value.record.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.alreadyApproved)).toHaveLength(1);
    expect(await prisma.mobilityRecord.count()).toBe(1);
    expect(await prisma.learningAgreement.count()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "placement.approve", entityId: placement.id } })).toBe(1);
  });

  it("treats another institution's officer as not found, and changes nothing", async () => {
    const { placement } = await scenario();
    const other = await createInstitution(prisma, { country: "ES", erasmusCode: "E MADRID05" });
    const intruder = await officerOf(other.id);
    await expect(approvePlacement(intruder, approve(placement.id))).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      rejectPlacement(intruder, rejectSchema.parse({ placementId: placement.id, reason: "Not for this institution to decide." })),
    ).rejects.toBeInstanceOf(NotFoundError);
    // Only officers decide: a company user of the same id space is not found either.
    const company: CurrentUser = { ...intruder, role: "COMPANY", institutionId: placement.institutionId };
    await expect(approvePlacement(company, approve(placement.id))).rejects.toBeInstanceOf(NotFoundError);
    await nothingWritten(placement.id);
  });
});

describe("rejectPlacement", () => {
  it("rejects with the reason, audited and mailed; repeating changes nothing; it can no longer be approved", async () => {
    const { officer, participant, placement } = await scenario();
    const reason = "The host could not confirm the dates in writing; propose again once they are agreed.";
    expect(await rejectPlacement(officer, rejectSchema.parse({ placementId: placement.id, reason: `  ${reason} ` }))).toEqual({ alreadyRejected: false });
    expect(await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).toMatchObject({
      status: "REJECTED",
      decisionReason: reason,
      decidedById: officer.id,
    });
    expect(await rejectPlacement(officer, rejectSchema.parse({ placementId: placement.id, reason }))).toEqual({ alreadyRejected: true });
    const events = await prisma.auditEvent.findMany({ where: { verb: "placement.reject" } });
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ status: "REJECTED", reason });
    await expect(approvePlacement(officer, approve(placement.id))).rejects.toMatchObject({ key: "placementDecision.errors.alreadyRejected" });
    const mail = (await outboxMessages()).find((m) => m.to === participant.user.email && m.subject.includes("not approved"));
    expect(mail?.text).toContain(`Reason: ${reason}`);
  });

  it("refuses to reject an approved placement", async () => {
    const { officer, placement } = await scenario();
    await approvePlacement(officer, approve(placement.id));
    await expect(rejectPlacement(officer, rejectSchema.parse({ placementId: placement.id, reason: "Changed my mind about it." }))).rejects.toMatchObject({
      key: "placementDecision.errors.alreadyApproved",
    });
  });

  it.each([
    [{ reason: "" }, "placementDecision.validation.reasonLength"],
    [{ reason: "   short   " }, "placementDecision.validation.reasonLength"],
    [{ reason: "x".repeat(2001) }, "placementDecision.validation.reasonLength"],
    [{}, "placementDecision.validation.reasonLength"],
  ])("the reason schema refuses %j", (patch, message) => {
    const parsed = rejectSchema.safeParse({ placementId: "p-1", ...patch });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });

  it("is an ExpectedError the pipeline shows, not a crash, for a cancelled placement", async () => {
    const { officer, placement } = await scenario({ placement: { status: "CANCELLED" } });
    await expect(
      rejectPlacement(officer, rejectSchema.parse({ placementId: placement.id, reason: "Cancelled placements cannot be rejected." })),
    ).rejects.toBeInstanceOf(ExpectedError);
  });
});
