import { z } from "zod";
import { compareDates, parseIsoDate } from "@/lib/domain";
import { LIFECYCLE_REASON_MAX, LIFECYCLE_REASON_MIN } from "@/lib/domain/placement-lifecycle";
import { isoDateSchema } from "./checks";
import { maxChars } from "./messages";

// The host's way back after a refusal and the cancellation of an approved placement
// (lib/server/services/placement-lifecycle.ts).

/** "Accept anyway": the host saw the warnings about the period and goes ahead. */
export const acknowledgeSchema = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

const applicationId = z.string("errors.notFound").min(1, "errors.notFound").max(64, "errors.notFound");
const reason = z.string().trim().min(LIFECYCLE_REASON_MIN, "validation.reasonRequired").max(LIFECYCLE_REASON_MAX, maxChars(LIFECYCLE_REASON_MAX));

export const reproposeSchema = z.object({ applicationId, start: isoDateSchema, end: isoDateSchema, acceptAnyway: acknowledgeSchema }).superRefine((v, ctx) => {
  const s = parseIsoDate(v.start);
  const e = parseIsoDate(v.end);
  if (s && e && compareDates(e, s) <= 0) ctx.addIssue({ code: "custom", path: ["end"], message: "validation.endBeforeStart" });
});
export type ReproposeInput = z.infer<typeof reproposeSchema>;

export const releaseSchema = z.object({ applicationId, reason });
export type ReleaseInput = z.infer<typeof releaseSchema>;

export const cancelSchema = z.object({ applicationId, reason });
/** POST /api/v1/placements/{id}/cancel: the office names the placement, not the application. */
export const cancelPlacementSchema = z.object({ placementId: applicationId, reason });
export type CancelInput = z.infer<typeof cancelSchema>;
export type CancelPlacementInput = z.infer<typeof cancelPlacementSchema>;
