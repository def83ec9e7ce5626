// The Learning Agreement for Traineeships as a JSON document (it has no EWP shape;
// omobility-las covers studies only). This zod schema is the source of the published JSON Schema
// (/api/v1/schemas/learning-agreement-traineeship.json, z.toJSONSchema); bump the version with any
// change of shape: a minor for an added optional property, a major for anything else.
import { z } from "zod";
import { CEFR_LEVEL_CODES } from "@/lib/domain/languages";
import { LA_PARTIES } from "@/lib/domain/learning-agreement";

export const LA_DOCUMENT_VERSION = "1.0.0";
export const LA_DOCUMENT_SCHEMA_PATH = "/api/v1/schemas/learning-agreement-traineeship.json";

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("A calendar date, YYYY-MM-DD.");
const timestamp = z.iso.datetime().describe("An instant, ISO 8601 in UTC.");
const id = z.string().min(1).describe("A portal identifier (opaque).");

const signature = z
  .object({ signerId: id, signerName: z.string().describe("The signer's name as the portal holds it now."), signedAt: timestamp })
  .describe("A signature given in the portal by a signed-in user of that party.");

const organisationIds = {
  pic: z.string().nullable().describe("Participant Identification Code, 9 digits."),
  oid: z.string().nullable().describe("Organisation ID, E + 8 digits."),
};

export const laDocumentSchema = z
  .object({
    schemaVersion: z.literal(LA_DOCUMENT_VERSION),
    kind: z.literal("learning-agreement-traineeship"),
    id,
    placementId: id,
    contentVersion: z.int().min(1).describe("Bumped on every edit of the tables; signatures are given to one content version."),
    trainee: z.object({ name: z.string(), email: z.string().describe("The e-mail address of the trainee's account.") }),
    sendingInstitution: z.object({
      name: z.string(),
      erasmusCode: z.string().nullable().describe('Erasmus code of a HEI, e.g. "B  GENT01".'),
      ...organisationIds,
      country: z.string().describe("ISO 3166-1 alpha-2."),
      city: z.string(),
    }),
    receivingOrganisation: z.object({
      name: z.string(),
      ...organisationIds,
      country: z.string().describe("ISO 3166-1 alpha-2."),
      city: z.string(),
      address: z.string(),
      website: z.string().nullable(),
      belowTwoFifty: z.boolean().describe("Fewer than 250 employees."),
      naceSection: z.string().describe("NACE Rev. 2 section letter."),
    }),
    tableA: z
      .object({
        plannedStart: date,
        plannedEnd: date,
        title: z.string(),
        hoursPerWeek: z.int().min(1).max(48),
        programme: z.string(),
        digitalSkills: z.string().describe("The digital skills the trainee will acquire (DOT)."),
        learningOutcomes: z.string(),
        monitoringPlan: z.string(),
        evaluationPlan: z.string(),
        workingLanguage: z.string().describe("ISO 639-1 code."),
        workingLanguageLevel: z.enum(CEFR_LEVEL_CODES),
        mentor: z.object({ name: z.string(), email: z.string() }),
      })
      .describe("Table A: the traineeship programme, agreed by the sending institution and the host."),
    tableB: z
      .object({
        recognition: z.string(),
        ects: z.int().min(0).max(60).nullable(),
        transcript: z.boolean(),
        europassMobility: z.boolean(),
        insurance: z.string(),
      })
      .describe("Table B: the sending institution's commitments."),
    tableC: z.object({ hostSupport: z.string() }).describe("Table C: the receiving organisation's commitments."),
    signatures: z
      .object({ trainee: signature.nullable(), office: signature.nullable(), host: signature.nullable() })
      .describe("Before the mobility: the three parties' signatures of the current content version."),
    fullySigned: z.boolean(),
    changes: z
      .array(
        z.object({
          number: z.int().min(1),
          description: z.string(),
          newEnd: date.nullable(),
          programme: z.string().nullable(),
          proposedBy: z.enum(LA_PARTIES),
          proposedAt: timestamp,
          agreed: z.boolean().describe("All three parties signed the change."),
          signatures: z.object({ trainee: signature.optional(), office: signature.optional(), host: signature.optional() }),
        }),
      )
      .describe("A2: changes during the mobility, in the order proposed."),
    inForce: z
      .object({ start: date, end: date, programme: z.string() })
      .describe("The period and programme in force: Table A with the agreed A2 changes applied."),
    certificate: z
      .object({
        actualStart: date,
        actualEnd: date,
        programmeCompleted: z.string(),
        competences: z.string(),
        evaluation: z.string(),
        signerName: z.string(),
        signerPosition: z.string(),
        issuedAt: timestamp,
      })
      .nullable()
      .describe("D: the traineeship certificate issued by the receiving organisation."),
  })
  .strict()
  .describe("Learning Agreement for Traineeships (Erasmus+), as the DOT Portal holds it.");

export type LaDocument = z.infer<typeof laDocumentSchema>;

/** The published JSON Schema (draft 2020-12), with its id and version. */
export function laDocumentJsonSchema(appUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(laDocumentSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, $id: new URL(LA_DOCUMENT_SCHEMA_PATH, appUrl).href, title: "Learning Agreement for Traineeships", version: LA_DOCUMENT_VERSION };
}
