import { z } from "zod";
import { KEY_ACTIONS } from "@/lib/domain/actions";
import { compareDates, parseIsoDate } from "@/lib/domain/dates";
import { FORMAT_IDS } from "@/lib/domain/formats";
import { maxChars } from "./messages";

// The office's choice of format and action before approval, and a blended traineeship's virtual
// component (docs/domain.md §3a). Shared by the review page's form, its action and the JSON API.
// Messages are next-intl keys under "placementFormat.validation" (or "validation").
const V = "placementFormat.validation";
export const MAX_VIRTUAL_DESCRIPTION = 2_000;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalDate = z.preprocess(
  blankToUndefined,
  z
    .string(`${V}.dateInvalid`)
    .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && parseIsoDate(v) !== null, `${V}.dateInvalid`)
    .optional(),
);

export const placementFormatSchema = z
  .object({
    placementId: z.string(`${V}.placementRequired`).trim().min(1, `${V}.placementRequired`).max(64, `${V}.placementRequired`),
    format: z.enum(FORMAT_IDS, "validation.formatUnknown"),
    action: z.enum(KEY_ACTIONS, "validation.actionUnknown"),
    virtualStart: optionalDate,
    virtualEnd: optionalDate,
    virtualDescription: z.preprocess(
      (v) => (v === undefined || v === null ? "" : v),
      z.string(`${V}.descriptionText`).trim().max(MAX_VIRTUAL_DESCRIPTION, maxChars(MAX_VIRTUAL_DESCRIPTION)),
    ),
  })
  .superRefine((v, ctx) => {
    // The virtual component comes whole (both dates) or not at all; a description alone is a mistake.
    const any = v.virtualStart !== undefined || v.virtualEnd !== undefined || v.virtualDescription.length > 0;
    if (!any) return;
    if (v.virtualStart === undefined) ctx.addIssue({ code: "custom", path: ["virtualStart"], message: `${V}.virtualDatesRequired` });
    if (v.virtualEnd === undefined) ctx.addIssue({ code: "custom", path: ["virtualEnd"], message: `${V}.virtualDatesRequired` });
    const start = v.virtualStart ? parseIsoDate(v.virtualStart) : null;
    const end = v.virtualEnd ? parseIsoDate(v.virtualEnd) : null;
    if (start && end && compareDates(end, start) < 0) ctx.addIssue({ code: "custom", path: ["virtualEnd"], message: "validation.endBeforeStart" });
  });

export type PlacementFormatInput = z.infer<typeof placementFormatSchema>;
