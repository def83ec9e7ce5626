"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { ApprovalRefusedError, approvePlacement, rejectPlacement } from "@/lib/server/services/placement-approval";
import { approveSchema, rejectSchema } from "@/lib/validation/placement-decision";

function revalidate(placementId: string) {
  revalidateLocalised(`/office/placements/${placementId}`);
  revalidateLocalised("/office", "layout");
}

export const approvePlacementAction = authedAction({
  schema: approveSchema,
  permission: "decide:placement:own",
  async handler(input, user) {
    try {
      const result = await approvePlacement(user, input);
      revalidate(input.placementId);
      return { ok: true, message: result.alreadyApproved ? "placementDecision.done.alreadyApproved" : "placementDecision.done.approved" };
    } catch (error) {
      // The failing rules go back by id; the panel shows their translated check messages.
      if (error instanceof ApprovalRefusedError) return { ok: false, fieldErrors: { checks: [...error.failing] }, message: error.key };
      throw error;
    }
  },
});

export const rejectPlacementAction = authedAction({
  schema: rejectSchema,
  permission: "decide:placement:own",
  async handler(input, user) {
    const result = await rejectPlacement(user, input);
    revalidate(input.placementId);
    return { ok: true, message: result.alreadyRejected ? "placementDecision.done.alreadyRejected" : "placementDecision.done.rejected" };
  },
});
