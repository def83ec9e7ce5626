import { z } from "zod";
import { CV_MAX_BYTES, MOTIVATION_MAX, MOTIVATION_MIN, TEXT_MAX, motivationLength } from "@/lib/forms/limits";
import { optionalUploadSchema } from "./cv";
import { maxChars } from "./messages";

// The student's application. Messages are next-intl keys; the form counts and
// checks early with the same limits (lib/forms/limits.ts), the server action parses with this schema.
export { MOTIVATION_MAX, MOTIVATION_MIN, motivationLength };
/** The CV limit lib/server/files/cv.ts enforces (5 MiB), checked early so the form can say so. */
export const CV_UPLOAD_MAX_BYTES = CV_MAX_BYTES;
export const CV_SOURCES = ["profile", "upload"] as const;

export const applySchema = z
  .object({
    offerId: z.string("errors.notFound").min(1, "errors.notFound").max(64, "errors.notFound"),
    motivation: z
      .string("apply.errors.motivationShort")
      .trim()
      .min(MOTIVATION_MIN, "apply.errors.motivationShort")
      .max(MOTIVATION_MAX, "apply.errors.motivationLong"),
    cvSource: z.enum(CV_SOURCES, "apply.errors.cvSource"),
    // A file input with nothing chosen still sends an empty file: that means "none".
    cv: optionalUploadSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.cvSource !== "upload") return;
    if (!v.cv) ctx.addIssue({ code: "custom", path: ["cv"], message: "apply.errors.cvRequired" });
    else if (v.cv.size === 0) ctx.addIssue({ code: "custom", path: ["cv"], message: "validation.cvEmpty" });
    else if (v.cv.size > CV_UPLOAD_MAX_BYTES) ctx.addIssue({ code: "custom", path: ["cv"], message: "validation.cvTooLarge" });
  })
  // The upload is only kept when it is the chosen source.
  .transform((v) => ({ ...v, cv: v.cvSource === "upload" ? v.cv : undefined }));

export type ApplyInput = z.infer<typeof applySchema>;

export const withdrawSchema = z.object({
  applicationId: z.string("errors.notFound").min(1, "errors.notFound").max(64, "errors.notFound"),
  reason: z
    .string()
    .trim()
    .max(TEXT_MAX.reason, maxChars(TEXT_MAX.reason))
    .optional()
    .transform((v) => v || undefined),
});

export type WithdrawInput = z.infer<typeof withdrawSchema>;
