// Forms of the Learning Agreement for Traineeships (docs/domain.md §5) and the shapes of its JSON
// columns (A2 changes, D certificate), read back through these schemas, never trusted as is.
import { z } from "zod";
import { LA_LIMITS } from "@/lib/forms/limits";
import { CEFR_LEVEL_CODES, isLanguageCode } from "@/lib/domain/languages";
import { LA_PARTIES } from "@/lib/domain/learning-agreement";
import { isoDateSchema } from "./checks";
import { maxChars } from "./messages";

export { LA_LIMITS };

const ref = {
  placementId: z.string().min(1).max(64),
  version: z.coerce.number().int().min(1),
};

const text = (max: number, min = 0, minMessage = "validation.required") =>
  z
    .string()
    .trim()
    .max(max, maxChars(max))
    .refine((v) => v.length >= min, minMessage);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
const emptyToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

export const tableASchema = z.object({
  ...ref,
  title: text(LA_LIMITS.title, 3, "learningAgreement.validation.titleShort"),
  hoursPerWeek: z.coerce
    .number("learningAgreement.validation.hours")
    .int("learningAgreement.validation.hours")
    .min(1, "learningAgreement.validation.hours")
    .max(48, "learningAgreement.validation.hours"),
  programme: text(LA_LIMITS.programme, 20, "learningAgreement.validation.programmeShort"),
  digitalSkills: text(LA_LIMITS.longText, 10, "learningAgreement.validation.digitalSkillsShort"),
  learningOutcomes: text(LA_LIMITS.longText),
  monitoringPlan: text(LA_LIMITS.shortText),
  evaluationPlan: text(LA_LIMITS.shortText),
  workingLanguage: z.string().refine(isLanguageCode, "validation.languageUnknown"),
  workingLanguageLevel: z.enum(CEFR_LEVEL_CODES, "validation.levelUnknown"),
  mentorName: text(LA_LIMITS.name),
  mentorEmail: z.union([z.literal(""), z.string().trim().max(LA_LIMITS.email, maxChars(LA_LIMITS.email)).pipe(z.email("validation.email"))]),
});

export const tableBSchema = z.object({
  ...ref,
  recognition: text(LA_LIMITS.shortText),
  ects: z.preprocess(
    emptyToNull,
    z.coerce
      .number("learningAgreement.validation.ects")
      .int("learningAgreement.validation.ects")
      .min(0, "learningAgreement.validation.ects")
      .max(60, "learningAgreement.validation.ects")
      .nullable(),
  ),
  transcript: checkbox,
  europassMobility: checkbox,
  insurance: text(LA_LIMITS.shortText),
});

export const tableCSchema = z.object({
  ...ref,
  hostSupport: text(LA_LIMITS.shortText),
});

export type TableAInput = z.infer<typeof tableASchema>;
export type TableBInput = z.infer<typeof tableBSchema>;
export type TableCInput = z.infer<typeof tableCSchema>;

export const signSchema = z.object(ref);
export type SignInput = z.infer<typeof signSchema>;

export const changeSchema = z
  .object({
    placementId: ref.placementId,
    description: text(LA_LIMITS.shortText, 10, "learningAgreement.validation.descriptionShort"),
    newEnd: z.preprocess(emptyToNull, isoDateSchema.nullable()),
    programme: z.preprocess(emptyToNull, text(LA_LIMITS.programme).nullable()),
  })
  .refine((v) => v.newEnd !== null || (v.programme ?? "") !== "", { path: ["newEnd"], message: "learningAgreement.validation.changeEmpty" });
export type ChangeInput = z.infer<typeof changeSchema>;

export const signChangeSchema = z.object({ placementId: ref.placementId, number: z.coerce.number().int().min(1) });
export type SignChangeInput = z.infer<typeof signChangeSchema>;

export const certificateSchema = z
  .object({
    placementId: ref.placementId,
    actualStart: isoDateSchema,
    actualEnd: isoDateSchema,
    programmeCompleted: text(LA_LIMITS.programme, 20, "learningAgreement.validation.programmeShort"),
    competences: text(LA_LIMITS.longText, 20, "learningAgreement.validation.competencesShort"),
    evaluation: text(LA_LIMITS.longText, 20, "learningAgreement.validation.evaluationShort"),
    signerName: text(LA_LIMITS.name, 2, "validation.nameShort"),
    signerPosition: text(LA_LIMITS.name, 2, "learningAgreement.validation.positionShort"),
  })
  .refine((v) => v.actualEnd >= v.actualStart, { path: ["actualEnd"], message: "validation.endBeforeStart" });
export type CertificateInput = z.infer<typeof certificateSchema>;

// JSON columns, as written by lib/server/services/learning-agreements.ts.
const stamp = z.object({ signerId: z.string(), signedAt: z.string() });
export const storedChangesSchema = z.array(
  z.object({
    number: z.number().int().min(1),
    description: z.string(),
    newEnd: z.string().nullable(),
    programme: z.string().nullable(),
    proposedBy: z.enum(LA_PARTIES),
    proposedAt: z.string(),
    signatures: z.object({ trainee: stamp.optional(), office: stamp.optional(), host: stamp.optional() }),
  }),
);

export const storedCertificateSchema = z.object({
  actualStart: z.string(),
  actualEnd: z.string(),
  programmeCompleted: z.string(),
  competences: z.string(),
  evaluation: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  signerId: z.string(),
  issuedAt: z.string(),
});
