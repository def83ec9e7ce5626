"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import type { z } from "zod";
import type { LaTable } from "@/lib/domain/learning-agreement";
import { authedAction, remountToken } from "@/lib/server/action";
import { type TableInput, editLearningAgreementTable, signLearningAgreement } from "@/lib/server/services/learning-agreement/signing";
import { issueTraineeshipCertificate, proposeLearningAgreementChange, signLearningAgreementChange } from "@/lib/server/services/learning-agreement/mobility";
import { certificateSchema, changeSchema, signChangeSchema, signSchema, tableASchema, tableBSchema, tableCSchema } from "@/lib/validation/learning-agreement";

// Every mutation of the Learning Agreement: the party is derived on the server from the signed-in
// user and the placement (lib/server/services/learning-agreement/service.ts loadForParty), never sent.
const PERMISSION = "sign:learning-agreement:own" as const;

function refresh(placementId: string) {
  revalidateLocalised(`/placements/${placementId}/learning-agreement`, "layout");
}

// Saved states carry a remount token, so each form remounts with the values (and version) now stored.
function saved(placementId: string, result: { changed: boolean; voided: boolean }) {
  refresh(placementId);
  const message = !result.changed ? "learningAgreement.done.unchanged" : result.voided ? "learningAgreement.done.savedVoided" : "learningAgreement.done.saved";
  return { ok: true as const, message, data: remountToken() };
}

/** One action per table; the service checks that the user's party fills in that table. */
function tableAction<T extends LaTable>(table: T, schema: z.ZodType<TableInput[T]>) {
  return authedAction({
    schema,
    permission: PERMISSION,
    async handler(input, user) {
      return saved(input.placementId, await editLearningAgreementTable(user, table, input));
    },
  });
}

export const saveTableAAction = tableAction("A", tableASchema);
export const saveTableBAction = tableAction("B", tableBSchema);
export const saveTableCAction = tableAction("C", tableCSchema);

export const signAction = authedAction({
  schema: signSchema,
  permission: PERMISSION,
  async handler(input, user) {
    const outcome = await signLearningAgreement(user, input);
    refresh(input.placementId);
    const fully = outcome?.event.kind === "agreement" && outcome.event.fullySigned;
    return { ok: true, message: fully ? "learningAgreement.done.fullySigned" : "learningAgreement.done.signed" };
  },
});

export const proposeChangeAction = authedAction({
  schema: changeSchema,
  permission: PERMISSION,
  async handler(input, user) {
    await proposeLearningAgreementChange(user, input);
    refresh(input.placementId);
    return { ok: true, message: "learningAgreement.done.changeProposed", data: remountToken() };
  },
});

export const signChangeAction = authedAction({
  schema: signChangeSchema,
  permission: PERMISSION,
  async handler(input, user) {
    await signLearningAgreementChange(user, input);
    refresh(input.placementId);
    return { ok: true, message: "learningAgreement.done.changeSigned" };
  },
});

export const certificateAction = authedAction({
  schema: certificateSchema,
  permission: PERMISSION,
  async handler(input, user) {
    await issueTraineeshipCertificate(user, input);
    refresh(input.placementId);
    return { ok: true, message: "learningAgreement.done.certificateIssued", data: remountToken() };
  },
});
