import Ajv from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// The Learning Agreement for Traineeships as a JSON document, checked against
// the published JSON Schema with ajv. The agreement is made by the services (signatures, A2
// changes, certificate) on the factory's approved placement.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", async (original) => ({ ...(await original<object>()), getCurrentUser: async () => session.user }));
tempOutbox(); // signatures mail the parties

const { prisma } = await import("@/lib/server/db");
const { createHostOrganisation, createMobilityRecord } = await import("@/prisma/seed/factories");
const { getLearningAgreementDocument } = await import("@/lib/server/services/learning-agreement/document");
const { signLearningAgreement } = await import("@/lib/server/services/learning-agreement/signing");
const { issueTraineeshipCertificate, proposeLearningAgreementChange, signLearningAgreementChange } =
  await import("@/lib/server/services/learning-agreement/mobility");
const { certificateSchema, changeSchema, signChangeSchema, signSchema } = await import("@/lib/validation/learning-agreement");
const { laDocumentJsonSchema, LA_DOCUMENT_VERSION } = await import("@/lib/validation/learning-agreement-document");
const { GET: schemaRoute } = await import("@/app/api/v1/schemas/learning-agreement-traineeship.json/route");
const { GET: documentRoute } = await import("@/app/api/v1/placements/[id]/learning-agreement/route");
const { asCurrentUser, officerOf } = await import("./current-user");
const { resetDatabase } = await import("./reset");

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

const at = (iso: string) => new Date(`${iso}T10:00:00.000Z`);
const BEFORE = at("2025-01-10");
const DURING = at("2025-04-10");
const AFTER = at("2025-06-05");

/** The published schema, validated as draft 2020-12 (ajv's 2020 dialect). */
function validator() {
  const schema = laDocumentJsonSchema("http://localhost:3000");
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  return addFormats(new Ajv({ allErrors: true }).addVocabulary(["version"])).compile(schema);
}

/** An approved traineeship (1 March – 31 May 2025) with its three parties and the drafted agreement. */
async function agreement() {
  const host = await createHostOrganisation(prisma, { type: "COMPANY", user: true, oid: "E10123456" });
  const record = await createMobilityRecord(prisma, { hostId: host.id, callYear: 2024, startDate: new Date("2025-03-01T00:00:00Z"), months: 3 });
  const placement = await prisma.placement.findUniqueOrThrow({
    where: { id: record.placementId },
    include: { application: { include: { participant: { include: { user: true } } } } },
  });
  const parties = {
    trainee: asCurrentUser(placement.application.participant.user),
    office: await officerOf(placement.institutionId),
    host: asCurrentUser(host.users[0]!),
  };
  return { placementId: placement.id, parties };
}

async function fillAndSign(placementId: string, parties: Awaited<ReturnType<typeof agreement>>["parties"]) {
  await getLearningAgreementDocument(parties.office, placementId, BEFORE); // drafts it
  await prisma.learningAgreement.update({
    where: { placementId },
    data: {
      learningOutcomes: "Builds and tests a web feature end to end.",
      monitoringPlan: "Weekly one-to-one with the mentor.",
      evaluationPlan: "Final evaluation by the mentor.",
      mentorName: "Sanne de Vries",
      mentorEmail: "sanne@example.nl",
      recognition: "Recognised as the elective internship (15 ECTS).",
      ects: 15,
      insurance: "The university's accident and liability insurance.",
      hostSupport: "A laptop & a desk <in Rotterdam>.",
    },
  });
  const { version } = await prisma.learningAgreement.findUniqueOrThrow({ where: { placementId } });
  for (const party of ["trainee", "office", "host"] as const)
    await signLearningAgreement(parties[party], signSchema.parse({ placementId, version: String(version) }), BEFORE);
}

describe("Learning Agreement for Traineeships JSON document", () => {
  it("a draft, a signed agreement with A2 changes and a certificate all validate against the published schema", async () => {
    const validate = validator();
    const { placementId, parties } = await agreement();
    const draft = await getLearningAgreementDocument(parties.trainee, placementId, BEFORE);
    expect(validate(draft), JSON.stringify(validate.errors)).toBe(true);
    expect(draft).toMatchObject({
      schemaVersion: LA_DOCUMENT_VERSION,
      fullySigned: false,
      signatures: { trainee: null, office: null, host: null },
      changes: [],
      certificate: null,
    });

    await fillAndSign(placementId, parties);
    await proposeLearningAgreementChange(
      parties.host,
      changeSchema.parse({
        placementId,
        description: "A second project: the sales dashboard.",
        programme: "Web feature, then the sales dashboard in Power BI.",
      }),
      DURING,
    );
    await signLearningAgreementChange(parties.trainee, signChangeSchema.parse({ placementId, number: "1" }), DURING);
    await signLearningAgreementChange(parties.office, signChangeSchema.parse({ placementId, number: "1" }), DURING);
    await proposeLearningAgreementChange(
      parties.office,
      changeSchema.parse({ placementId, description: "Extension by a month for the dashboard.", newEnd: "2025-06-30" }),
      DURING,
    );
    await issueTraineeshipCertificate(
      parties.host,
      certificateSchema.parse({
        placementId,
        actualStart: "2025-03-01",
        actualEnd: "2025-05-31",
        programmeCompleted: "Web feature and the sales dashboard, as agreed.",
        competences: "TypeScript, React, Power BI; testing and presenting results.",
        evaluation: "Excellent: independent, careful and clear in writing.",
        signerName: "Sanne de Vries",
        signerPosition: "Engineering lead",
      }),
      AFTER,
    );

    const document = await getLearningAgreementDocument(parties.office, placementId, AFTER);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.fullySigned).toBe(true);
    expect(document.signatures.host).toMatchObject({ signerId: parties.host.id, signedAt: BEFORE.toISOString() });
    expect(document.changes.map((c) => [c.number, c.proposedBy, c.agreed, Object.keys(c.signatures).sort()])).toEqual([
      [1, "host", true, ["host", "office", "trainee"]],
      [2, "office", false, ["office"]],
    ]);
    expect(document.inForce).toEqual({ start: "2025-03-01", end: "2025-05-31", programme: "Web feature, then the sales dashboard in Power BI." });
    expect(document.receivingOrganisation.oid).toBe("E10123456");
    expect(document.certificate).toMatchObject({ actualEnd: "2025-05-31", issuedAt: AFTER.toISOString() });

    // The schema is strict: a property it does not know, or a party that does not exist, fails.
    expect(validate({ ...document, extra: 1 })).toBe(false);
    expect(validate({ ...document, changes: [{ ...document.changes[0], proposedBy: "ministry" }] })).toBe(false);
  });

  it("is served to the parties only, and its schema to anyone", async () => {
    const { placementId, parties } = await agreement();
    const get = () =>
      documentRoute(new Request(`http://localhost/api/v1/placements/${placementId}/learning-agreement`), { params: Promise.resolve({ id: placementId }) });
    expect((await get()).status).toBe(401);
    session.user = parties.trainee;
    const ok = await get();
    expect(ok.status).toBe(200);
    expect(ok.headers.get("link")).toBe('</api/v1/schemas/learning-agreement-traineeship.json>; rel="describedby"');
    expect(validator()(await ok.json())).toBe(true);
    session.user = await officerOf(null);
    expect((await get()).status).toBe(404);

    const schema = await schemaRoute(new Request("http://localhost/api/v1/schemas/learning-agreement-traineeship.json"), { params: Promise.resolve({}) });
    expect(schema.status).toBe(200);
    expect(schema.headers.get("content-type")).toBe("application/schema+json");
    expect(await schema.json()).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      version: LA_DOCUMENT_VERSION,
      title: "Learning Agreement for Traineeships",
    });
  });
});
