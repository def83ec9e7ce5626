import { z } from "zod";

// An organisation's values for the rules docs/domain.md §3a leaves unconfirmed (lib/domain/formats.ts
// FormatSettings). Messages are next-intl keys under "formatSettings.validation".
const V = "formatSettings.validation";
const days = z.coerce.number(`${V}.days`).int(`${V}.days`).min(1, `${V}.days`).max(60, `${V}.days`);
// A yes/no choice, sent as "true" or "false".
const yesNo = z.preprocess((v) => (v === "true" || v === true ? true : v === "false" || v === false ? false : v), z.boolean(`${V}.yesNo`));

export const formatSettingsSchema = z
  .object({
    shortTermMinDays: days.optional(),
    shortTermMaxDays: days.optional(),
    vetOutsideAssociated: yesNo.optional(),
    vetGraduateWindow: z.enum(["end", "start"], `${V}.window`).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.shortTermMinDays !== undefined && v.shortTermMaxDays !== undefined && v.shortTermMaxDays < v.shortTermMinDays) {
      ctx.addIssue({ code: "custom", path: ["shortTermMaxDays"], message: `${V}.maxBelowMin` });
    }
  });
export type FormatSettingsInput = z.infer<typeof formatSettingsSchema>;
