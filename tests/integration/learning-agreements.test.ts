import { rm } from "node:fs/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// Signatures mail the trainee and the host: this file gets its own outbox (read at import).
const outboxDir = tempOutbox();
const { prisma } = await import("@/lib/server/db");
const { ExpectedError, NotFoundError } = await import("@/lib/server/errors");
const { outboxMessages } = await import("./delivered-mail");
const { createLearningAgreement, getLearningAgreementView } = await import("@/lib/server/services/learning-agreement/service");
const { editLearningAgreementTable, signLearningAgreement } = await import("@/lib/server/services/learning-agreement/signing");
const { issueTraineeshipCertificate, proposeLearningAgreementChange, signLearningAgreementChange } =
  await import("@/lib/server/services/learning-agreement/mobility");
const { certificateSchema, changeSchema, signChangeSchema, signSchema, tableASchema, tableBSchema, tableCSchema } =
  await import("@/lib/validation/learning-agreement");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createPlacement, createUser } =
  await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");

beforeEach(async () => {
  await resetDatabase();
  await rm(outboxDir, { recursive: true, force: true });
});

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const at = (iso: string) => new Date(`${iso}T10:00:00.000Z`);
const BEFORE = at("2027-01-10"); // before the mobility (1 March – 31 July 2027)
const DURING = at("2027-05-10");
const AFTER = at("2027-08-05");

const asUser = (u: { id: string; email: string; name: string; locale?: string }, role: CurrentUser["role"], extra: Partial<CurrentUser> = {}): CurrentUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role,
  locale: u.locale ?? "en",
  institutionId: null,
  hostOrganisationId: null,
  emailVerified: true,
  mustChangePassword: false,
  ...extra,
});

const TASKS = "Develop a web application in TypeScript and React.\nBuild dashboards for our sales data in Power BI.\nAnswer customer e-mails on the helpdesk.";

/** An approved placement of a Ghent student at a Dutch host, with its three parties and its draft LA. */
async function approvedPlacement(status: "APPROVED" | "PROPOSED" = "APPROVED") {
  const ghent = await createInstitution(prisma, { country: "BE", name: "Ghent University" });
  const host = await createHostOrganisation(prisma, { country: "NL", city: "Rotterdam", user: { name: "Sanne de Vries", locale: "nl" } });
  const offer = await createOffer(prisma, {
    hostId: host.id,
    title: "Full-stack trainee",
    tasks: TASKS,
    languages: [
      { language: "en", level: "C1" },
      { language: "nl", level: "B1" },
    ],
  });
  const participant = await createParticipant(prisma, { institutionId: ghent.id, user: { name: "Zoë Van den Broeck", locale: "da" } });
  const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });
  const placement = await createPlacement(prisma, { applicationId: application.id, status, startDate: utc("2027-03-01"), endDate: utc("2027-07-31") });
  const officer = await createUser(prisma, { role: "OFFICE", institutionId: ghent.id, name: "Ine Officer" });
  const parties = {
    trainee: asUser(participant.user, "STUDENT"),
    office: asUser(officer, "OFFICE", { institutionId: ghent.id }),
    host: asUser(host.users[0]!, "COMPANY", { hostOrganisationId: host.id }),
  };
  return { placement, parties, ghent, host, offer };
}

async function createLa(placementId: string) {
  return prisma.$transaction((tx) => createLearningAgreement(tx, placementId));
}

const FILLED_B = {
  recognition: "Recognised as the elective internship (15 ECTS) of the master's programme.",
  ects: "15",
  transcript: "on",
  europassMobility: "on",
  insurance: "Ghent University's accident and liability insurance covers the trainee.",
};
const FILLED_C = { hostSupport: "A laptop, a desk in the Rotterdam office and a buddy; 600 euro a month." };

/** Everything the template needs before signing, saved by the parties who own each table. */
async function complete(placementId: string, parties: Awaited<ReturnType<typeof approvedPlacement>>["parties"]) {
  let la = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
  await editLearningAgreementTable(
    parties.host,
    "A",
    tableASchema.parse({
      placementId,
      version: la.version,
      title: la.title,
      hoursPerWeek: "38",
      programme: la.programme,
      digitalSkills: la.digitalSkills,
      learningOutcomes: "Builds and tests a web feature end to end; presents a dashboard to the sales team.",
      monitoringPlan: "Weekly one-to-one with the mentor; the office checks in after a month.",
      evaluationPlan: "Mid-term and final evaluation by the mentor, shared with the trainee.",
      workingLanguage: la.workingLanguage,
      workingLanguageLevel: la.workingLanguageLevel,
      mentorName: "Sanne de Vries",
      mentorEmail: "sanne@kanaal.example",
    }),
    BEFORE,
  );
  la = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
  await editLearningAgreementTable(parties.office, "B", tableBSchema.parse({ placementId, version: la.version, ...FILLED_B }), BEFORE);
  la = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
  await editLearningAgreementTable(parties.host, "C", tableCSchema.parse({ placementId, version: la.version, ...FILLED_C }), BEFORE);
  return prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
}

async function signAll(placementId: string, parties: Awaited<ReturnType<typeof approvedPlacement>>["parties"], when = BEFORE) {
  const { version } = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
  for (const party of ["trainee", "office", "host"] as const)
    await signLearningAgreement(parties[party], signSchema.parse({ placementId, version: String(version) }), when);
}

describe("createLearningAgreement", () => {
  it("drafts Table A from the placement and the offer, once", async () => {
    const { placement } = await approvedPlacement();
    const first = await createLa(placement.id);
    const again = await createLa(placement.id);
    expect(again.id).toBe(first.id);
    expect(await prisma.learningAgreement.count()).toBe(1);
    expect(first).toMatchObject({
      title: "Full-stack trainee",
      programme: TASKS,
      version: 1,
      workingLanguage: "en",
      workingLanguageLevel: "C1",
      mentorName: "Sanne de Vries",
    });
    expect(first.plannedStart).toEqual(utc("2027-03-01"));
    expect(first.plannedEnd).toEqual(utc("2027-07-31"));
    expect(first.digitalSkills).toMatch(/^Development of apps, software, scripts or websites: "/m);
    expect(first.digitalSkills).toMatch(/^Data analytics, mining and visualisation: "/m);
    expect(first.digitalSkills).toMatch(/^Also part of the tasks, not counted as digital skills: generic customer support/m);
    expect(await prisma.auditEvent.count({ where: { verb: "learning-agreement.create", entityId: first.id } })).toBe(1);
  });
});

describe("who sees the agreement", () => {
  it("shows it to the three parties, each as their own party", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    for (const party of ["trainee", "office", "host"] as const) {
      expect((await getLearningAgreementView(parties[party], placement.id, BEFORE)).party).toBe(party);
    }
  });

  it("answers 'not found' to everyone else, and for a placement that is not approved", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    const other = await approvedPlacement(); // another institution, host and student
    const madridOfficer = asUser(await createUser(prisma, { role: "OFFICE", institutionId: other.ghent.id }), "OFFICE", { institutionId: other.ghent.id });
    const admin = asUser(await createUser(prisma, { role: "ADMIN" }), "ADMIN");
    for (const outsider of [other.parties.trainee, madridOfficer, other.parties.host, admin]) {
      await expect(getLearningAgreementView(outsider, placement.id, BEFORE)).rejects.toBeInstanceOf(NotFoundError);
      await expect(signLearningAgreement(outsider, signSchema.parse({ placementId: placement.id, version: "1" }), BEFORE)).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(
        editLearningAgreementTable(outsider, "C", tableCSchema.parse({ placementId: placement.id, version: "1", ...FILLED_C }), BEFORE),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    const proposed = await approvedPlacement("PROPOSED");
    await expect(getLearningAgreementView(proposed.parties.trainee, proposed.placement.id, BEFORE)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLearningAgreementView(parties.trainee, "no-such-placement", BEFORE)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.auditEvent.count({ where: { verb: { in: ["learning-agreement.sign", "learning-agreement.edit"] } } })).toBe(0);
  });

  it("drafts the agreement of an approved placement that has none yet when a party opens it", async () => {
    const { placement, parties } = await approvedPlacement();
    expect((await getLearningAgreementView(parties.office, placement.id, BEFORE)).la.version).toBe(1);
    expect(await prisma.learningAgreement.count()).toBe(1);
  });
});

describe("editing and signing", () => {
  it("refuses another party's table and a signature while required parts are empty", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    await expect(
      editLearningAgreementTable(parties.host, "B", tableBSchema.parse({ placementId: placement.id, version: "1", ...FILLED_B }), BEFORE),
    ).rejects.toMatchObject({ key: "learningAgreement.errors.not-your-table", status: 403 });
    await expect(
      editLearningAgreementTable(parties.trainee, "C", tableCSchema.parse({ placementId: placement.id, version: "1", ...FILLED_C }), BEFORE),
    ).rejects.toMatchObject({ key: "learningAgreement.errors.not-your-table" });
    await expect(signLearningAgreement(parties.trainee, signSchema.parse({ placementId: placement.id, version: "1" }), BEFORE)).rejects.toMatchObject({
      key: "learningAgreement.errors.incomplete",
    });
  });

  it("is fully signed after the three signatures; repeating a signature changes nothing; each signature mails the trainee and the host", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    const la = await complete(placement.id, parties);
    expect(la.version).toBe(4); // three saves, each a new version
    const sign = (party: keyof typeof parties) =>
      signLearningAgreement(parties[party], signSchema.parse({ placementId: placement.id, version: String(la.version) }), BEFORE);
    expect(await sign("trainee")).toMatchObject({ event: { signedCount: 1, fullySigned: false } });
    expect(await sign("trainee")).toBeNull(); // idempotent
    await sign("office");
    // The page offers the signature to the party still to sign, not to one that has signed.
    expect((await getLearningAgreementView(parties.host, placement.id, BEFORE)).canSign).toBe(true);
    expect((await getLearningAgreementView(parties.trainee, placement.id, BEFORE)).canSign).toBe(false);
    expect(await sign("host")).toMatchObject({ event: { signedCount: 3, fullySigned: true } });
    const view = await getLearningAgreementView(parties.office, placement.id, BEFORE);
    expect(view.fullySigned).toBe(true);
    expect(view.signatures.trainee?.signerId).toBe(parties.trainee.id);
    expect(view.signerNames[parties.host.id]).toBe("Sanne de Vries");
    expect(await prisma.auditEvent.count({ where: { verb: "learning-agreement.sign" } })).toBe(3);

    const mails = await outboxMessages();
    expect(mails).toHaveLength(6); // 3 signatures × (trainee + the host's user)
    expect(mails.filter((m) => m.to === parties.trainee.email)).toHaveLength(3);
    expect(mails.filter((m) => m.to === parties.host.email)).toHaveLength(3);
    // Each in the recipient's language: the trainee reads Danish, the host's user Dutch.
    expect(mails.map((m) => m.subject)).toContain("Learning Agreement for “Full-stack trainee” er underskrevet af alle");
    expect(mails.map((m) => m.subject)).toContain("Learning Agreement voor “Full-stack trainee” is volledig ondertekend");
    expect(mails.find((m) => m.to === parties.host.email)?.text).toContain(`/placements/${placement.id}/learning-agreement`);
  });

  it("an edit after a signature makes a new version, voids the signatures and says when", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    const la = await complete(placement.id, parties);
    await signLearningAgreement(parties.trainee, signSchema.parse({ placementId: placement.id, version: String(la.version) }), BEFORE);
    const result = await editLearningAgreementTable(
      parties.office,
      "B",
      tableBSchema.parse({ placementId: placement.id, version: String(la.version), ...FILLED_B, ects: "20" }),
      BEFORE,
    );
    expect(result).toEqual({ changed: true, voided: true });
    const after = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId: placement.id } });
    expect(after).toMatchObject({ version: la.version + 1, ects: 20, traineeSignerId: null, traineeSignedAt: null });
    expect(after.signaturesVoidedAt).toEqual(BEFORE);
    const voidEvent = await prisma.auditEvent.findFirstOrThrow({ where: { verb: "learning-agreement.void" } });
    expect(voidEvent.before).toMatchObject({ version: la.version, signatures: { trainee: { signerId: parties.trainee.id } } });
    expect(
      await prisma.auditEvent.findFirstOrThrow({ where: { verb: "learning-agreement.edit", actorId: parties.office.id }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({ before: { ects: 15 }, after: { ects: 20 } });

    // The trainee's signature for the old version is refused; the new version can be signed.
    await expect(
      signLearningAgreement(parties.trainee, signSchema.parse({ placementId: placement.id, version: String(la.version) }), BEFORE),
    ).rejects.toMatchObject({ key: "learningAgreement.errors.stale-version", status: 409 });
    await signAll(placement.id, parties);
    expect((await getLearningAgreementView(parties.trainee, placement.id, BEFORE)).fullySigned).toBe(true);
  });

  it("saving the same values is no edit; an edit on an older version is refused", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    const la = await complete(placement.id, parties);
    await signLearningAgreement(parties.host, signSchema.parse({ placementId: placement.id, version: String(la.version) }), BEFORE);
    expect(
      await editLearningAgreementTable(parties.host, "C", tableCSchema.parse({ placementId: placement.id, version: String(la.version), ...FILLED_C }), BEFORE),
    ).toEqual({ changed: false, voided: false });
    expect((await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId: placement.id } })).hostSignerId).toBe(parties.host.id);
    await expect(
      editLearningAgreementTable(
        parties.host,
        "C",
        tableCSchema.parse({ placementId: placement.id, version: String(la.version - 1), hostSupport: "Other" }),
        BEFORE,
      ),
    ).rejects.toMatchObject({ key: "learningAgreement.errors.stale-version" });
  });

  it("locks the tables once the mobility has started under a fully signed agreement", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    const la = await complete(placement.id, parties);
    await signAll(placement.id, parties);
    await expect(
      editLearningAgreementTable(
        parties.host,
        "C",
        tableCSchema.parse({ placementId: placement.id, version: String(la.version), hostSupport: "Less" }),
        DURING,
      ),
    ).rejects.toMatchObject({ key: "learningAgreement.errors.locked" });
    const view = await getLearningAgreementView(parties.host, placement.id, DURING);
    expect([view.locked, view.tablesOpen, view.changesOpen, view.canProposeChange]).toEqual([true, [], true, true]);
  });
});

describe("A2: changes during the mobility", () => {
  it("needs a fully signed agreement and the mobility under way; agreed after three signatures, which mail the parties", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    await complete(placement.id, parties);
    const extend = changeSchema.parse({
      placementId: placement.id,
      description: "One month longer to finish the data platform.",
      newEnd: "2027-08-31",
      programme: "",
    });
    await expect(proposeLearningAgreementChange(parties.host, extend, DURING)).rejects.toMatchObject({ key: "learningAgreement.errors.not-fully-signed" });
    await signAll(placement.id, parties);
    await expect(proposeLearningAgreementChange(parties.host, extend, BEFORE)).rejects.toMatchObject({ key: "learningAgreement.errors.not-started" });
    await outboxMessages(); // the signatures' mails go out first; then the outbox is emptied
    await rm(outboxDir, { recursive: true, force: true });

    const change = await proposeLearningAgreementChange(parties.host, extend, DURING);
    expect(change).toMatchObject({ number: 1, newEnd: "2027-08-31", proposedBy: "host", signatures: { host: { signerId: parties.host.id } } });
    await expect(proposeLearningAgreementChange(parties.office, extend, DURING)).rejects.toMatchObject({ key: "learningAgreement.errors.pending-change" });
    const pending = await getLearningAgreementView(parties.trainee, placement.id, DURING);
    expect([pending.canSignChange, pending.canProposeChange]).toEqual([true, false]);
    expect((await getLearningAgreementView(parties.host, placement.id, DURING)).canSignChange).toBe(false);
    expect((await getLearningAgreementView(parties.trainee, placement.id, DURING)).period.end).toBe("2027-07-31");

    expect(await signLearningAgreementChange(parties.trainee, signChangeSchema.parse({ placementId: placement.id, number: "1" }), DURING)).toMatchObject({
      event: { agreed: false },
    });
    expect(await signLearningAgreementChange(parties.trainee, signChangeSchema.parse({ placementId: placement.id, number: "1" }), DURING)).toBeNull();
    expect(await signLearningAgreementChange(parties.office, signChangeSchema.parse({ placementId: placement.id, number: "1" }), DURING)).toMatchObject({
      event: { agreed: true },
    });
    const view = await getLearningAgreementView(parties.trainee, placement.id, DURING);
    expect(view.period).toEqual({ start: "2027-03-01", end: "2027-08-31" });
    expect(view.pendingChange).toBeNull();
    expect(await prisma.auditEvent.count({ where: { verb: { startsWith: "learning-agreement.change." } } })).toBe(3);
    expect(await outboxMessages()).toHaveLength(4); // two change signatures × (trainee + host user)
    await expect(signLearningAgreementChange(parties.office, signChangeSchema.parse({ placementId: placement.id, number: "9" }), DURING)).rejects.toMatchObject(
      { key: "learningAgreement.errors.unknown-change" },
    );
  });

  it("refuses a new end that makes the traineeship too short", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    await complete(placement.id, parties);
    await signAll(placement.id, parties);
    const early = changeSchema.parse({
      placementId: placement.id,
      description: "The trainee stops early for health reasons.",
      newEnd: "2027-04-15",
      programme: "",
    });
    await expect(proposeLearningAgreementChange(parties.trainee, early, at("2027-03-20"))).rejects.toMatchObject({
      key: "learningAgreement.errors.duration",
      field: "newEnd",
    });
  });
});

describe("D: the traineeship certificate", () => {
  const certificate = (placementId: string, overrides: Record<string, string> = {}) =>
    certificateSchema.parse({
      placementId,
      actualStart: "2027-03-01",
      actualEnd: "2027-07-31",
      programmeCompleted: "Built the customer portal's order history and two sales dashboards.",
      competences: "TypeScript, React, REST APIs, Power BI; working in a Scrum team in English.",
      evaluation: "Excellent: independent, careful with tests, clear in presentations.",
      signerName: "Sanne de Vries",
      signerPosition: "Engineering manager",
      ...overrides,
    });

  it("is issued by the host once the traineeship has ended, re-issued with an audit trail, and never by another party", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    await complete(placement.id, parties);
    await signAll(placement.id, parties);
    await expect(issueTraineeshipCertificate(parties.office, certificate(placement.id), AFTER)).rejects.toMatchObject({
      key: "learningAgreement.errors.not-host",
      status: 403,
    });
    await expect(issueTraineeshipCertificate(parties.host, certificate(placement.id), DURING)).rejects.toMatchObject({
      key: "learningAgreement.errors.end-in-future",
      field: "actualEnd",
    });
    await expect(issueTraineeshipCertificate(parties.host, certificate(placement.id, { actualStart: "2027-02-01" }), AFTER)).rejects.toMatchObject({
      key: "learningAgreement.errors.start-before-agreed",
    });

    await issueTraineeshipCertificate(parties.host, certificate(placement.id), AFTER);
    await issueTraineeshipCertificate(parties.host, certificate(placement.id, { evaluation: "Excellent, and a great colleague to the whole team." }), AFTER);
    const view = await getLearningAgreementView(parties.trainee, placement.id, AFTER);
    expect(view.certificate).toMatchObject({
      actualEnd: "2027-07-31",
      signerName: "Sanne de Vries",
      signerId: parties.host.id,
      evaluation: "Excellent, and a great colleague to the whole team.",
    });
    expect(
      (await prisma.auditEvent.findMany({ where: { verb: { startsWith: "learning-agreement.certificate." } }, orderBy: { createdAt: "asc" } })).map(
        (e) => e.verb,
      ),
    ).toEqual(["learning-agreement.certificate.issue", "learning-agreement.certificate.reissue"]);
  });

  it("is refused under an agreement that is not fully signed", async () => {
    const { placement, parties } = await approvedPlacement();
    await createLa(placement.id);
    await expect(issueTraineeshipCertificate(parties.host, certificate(placement.id), AFTER)).rejects.toBeInstanceOf(ExpectedError);
    await expect(issueTraineeshipCertificate(parties.host, certificate(placement.id), AFTER)).rejects.toMatchObject({
      key: "learningAgreement.errors.not-fully-signed",
    });
  });
});
