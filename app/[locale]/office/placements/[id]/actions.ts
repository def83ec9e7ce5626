"use server";
import { z } from "zod";
import { localeRedirect } from "@/i18n/redirect";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { approvePlacement, rejectPlacement } from "@/lib/server/services/placement/approval";
import { approveSchema, type DecisionDone, rejectSchema } from "@/lib/validation/placement-decision";
import { cancelSchema } from "@/lib/validation/placement-lifecycle";
import { cancelPlacementAsOffice } from "@/lib/server/services/placement/lifecycle";
import { setPlacementFormat } from "@/lib/server/services/placement/format";
import { placementFormatSchema } from "@/lib/validation/placement-format";

/**
 * Revalidate, then reload the review with the answer in `?done=`: the decision panel is gone once the
 * placement is decided, so the success message is shown by the page (components/office/placement-review.tsx).
 */
async function done(placementId: string, answer: DecisionDone): Promise<never> {
  revalidateLocalised(`/office/placements/${placementId}`);
  revalidateLocalised("/office", "layout");
  return localeRedirect(`/office/placements/${placementId}?done=${answer}`);
}

export const approvePlacementAction = authedAction({
  schema: approveSchema,
  permission: "decide:placement:own",
  // A refusal by the checks comes back with the failing rules by id under `checks` (ApprovalRefusedError);
  // the panel shows their translated check messages.
  async handler(input, user) {
    const result = await approvePlacement(user, input);
    return done(input.placementId, result.alreadyApproved ? "alreadyApproved" : "approved");
  },
});

export const rejectPlacementAction = authedAction({
  schema: rejectSchema,
  permission: "decide:placement:own",
  async handler(input, user) {
    const result = await rejectPlacement(user, input);
    return done(input.placementId, result.alreadyRejected ? "alreadyRejected" : "rejected");
  },
});

/** Cancels an approved placement of the own institution; the page shows the answer from `?step=`. */
export const cancelPlacementAction = authedAction({
  schema: cancelSchema.extend({ placementId: z.string().min(1).max(64) }),
  permission: "decide:placement:own",
  async handler(input, user) {
    await cancelPlacementAsOffice(user, input);
    revalidateLocalised("/company", "layout");
    revalidateLocalised("/student", "layout");
    revalidateLocalised(`/office/placements/${input.placementId}`);
    revalidateLocalised("/office", "layout");
    return localeRedirect(`/office/placements/${input.placementId}?step=cancel`);
  },
});

/** The office's format, action and virtual component of a waiting placement (docs/domain.md §3a). */
export const setPlacementFormatAction = authedAction({
  schema: placementFormatSchema,
  permission: "decide:placement:own",
  async handler(input, user) {
    const result = await setPlacementFormat(user, input);
    revalidateLocalised(`/office/placements/${input.placementId}`);
    return { ok: true, message: result.changed ? "placementFormat.saved" : "placementFormat.unchanged" };
  },
});
