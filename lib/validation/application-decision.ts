import { z } from "zod";
import { compareDates, parseIsoDate } from "@/lib/domain";
import { isoDateSchema } from "./checks";
import { acknowledgeSchema } from "./placement-lifecycle";
import { maxChars } from "./messages";
import { TEXT_MAX } from "@/lib/forms/limits";

export const APPLICATION_FILTERS = ["ALL", "SUBMITTED", "SHORTLISTED", "ACCEPTED", "REJECTED", "WITHDRAWN"] as const;

export const decisionSchema = z
  .object({
    applicationId: z.string().min(1).max(64),
    decision: z.enum(["SHORTLIST", "ACCEPT", "REJECT"], "validation.decisionUnknown"),
    reason: z.string().trim().max(TEXT_MAX.reason, maxChars(TEXT_MAX.reason)).optional(),
    start: isoDateSchema.optional().or(z.literal("").transform(() => undefined)),
    end: isoDateSchema.optional().or(z.literal("").transform(() => undefined)),
    // Accepting a period the office's checks or the offer's terms refuse needs this (lib/domain/accept-warnings.ts).
    acceptAnyway: acknowledgeSchema,
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && (!v.reason || v.reason.length < 10))
      ctx.addIssue({ code: "custom", path: ["reason"], message: "validation.reasonRequired" });
    if (v.decision === "ACCEPT") {
      if (!v.start) ctx.addIssue({ code: "custom", path: ["start"], message: "validation.dateRequired" });
      if (!v.end) ctx.addIssue({ code: "custom", path: ["end"], message: "validation.dateRequired" });
      const s = v.start ? parseIsoDate(v.start) : null;
      const e = v.end ? parseIsoDate(v.end) : null;
      if (s && e && compareDates(e, s) <= 0) ctx.addIssue({ code: "custom", path: ["end"], message: "validation.endBeforeStart" });
    }
  });

export type DecisionInput = z.infer<typeof decisionSchema>;
