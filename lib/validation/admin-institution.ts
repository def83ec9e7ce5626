import { z } from "zod";
import { normalizeErasmusCode } from "@/lib/domain/erasmus-code";
import { SENDING_ORGANISATION_TYPES } from "@/lib/domain/participants";
import { LOCALES } from "@/i18n/locales";
import { emailSchema } from "./auth";
import { countryCodeSchema } from "./checks";
import { oidSchema, picSchema, websiteSchema } from "./host-organisation";
import { optionalParam, pageParam } from "./admin-params";
import { maxChars } from "./messages";
import { TEXT_MAX } from "@/lib/forms/limits";

// Administrator forms for institutions and their international-office officers.
// Messages are next-intl keys ("validation.*" shared, "adminArea.*" the admin area's own).

const idSchema = z.string().min(1).max(64);

/** docs/domain.md §5: stored normalised ("b  gent01" → "B GENT01"). */
export const erasmusCodeSchema = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .transform((value, ctx) => {
    const code = normalizeErasmusCode(value);
    if (!code) {
      ctx.addIssue({ code: "custom", message: "adminArea.errors.erasmusCode" });
      return z.NEVER;
    }
    return code;
  });

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const institutionFields = z.object({
  name: z.string("validation.required").trim().min(2, "adminArea.errors.institutionName").max(TEXT_MAX.institutionName, maxChars(TEXT_MAX.institutionName)),
  // docs/domain.md §3a: an HEI, or a VET provider, school or adult-education organisation.
  type: z.preprocess((v) => blankToUndefined(v) ?? "HEI", z.enum(SENDING_ORGANISATION_TYPES, "validation.hostTypeUnknown")),
  // Only HEIs have an Erasmus code; the others are known by their OID.
  erasmusCode: z.preprocess(blankToUndefined, erasmusCodeSchema.optional()),
  // ISO alpha-2; EL/UK accepted and stored as GR/GB (docs/domain.md §2).
  country: countryCodeSchema,
  city: z.string("validation.required").trim().min(1, "validation.required").max(TEXT_MAX.city, maxChars(TEXT_MAX.city)),
  pic: picSchema,
  oid: oidSchema,
  website: websiteSchema,
});

type InstitutionFields = z.infer<typeof institutionFields>;

function organisationCodes(v: InstitutionFields, ctx: z.RefinementCtx) {
  if (v.type === "HEI" && !v.erasmusCode) ctx.addIssue({ code: "custom", path: ["erasmusCode"], message: "adminArea.errors.erasmusCodeRequired" });
  if (v.type !== "HEI" && v.erasmusCode) ctx.addIssue({ code: "custom", path: ["erasmusCode"], message: "adminArea.errors.erasmusCodeHeiOnly" });
  if (v.type !== "HEI" && !v.oid) ctx.addIssue({ code: "custom", path: ["oid"], message: "adminArea.errors.oidRequired" });
}

export const institutionSchema = institutionFields.superRefine(organisationCodes);
export type InstitutionInput = z.infer<typeof institutionSchema>;

export const institutionUpdateSchema = institutionFields.extend({ institutionId: idSchema }).superRefine(organisationCodes);

export const officerCreateSchema = z.object({
  institutionId: idSchema,
  name: z.string("validation.required").trim().min(2, "adminArea.errors.officerName").max(TEXT_MAX.personName, maxChars(TEXT_MAX.personName)),
  email: emailSchema,
  // The language of the officer's account and of the e-mail that announces it.
  locale: z.enum(LOCALES, "adminArea.errors.locale"),
});
export type OfficerCreateInput = z.infer<typeof officerCreateSchema>;

export const officerRemoveSchema = z.object({ institutionId: idSchema, userId: idSchema });
export type OfficerRemoveInput = z.infer<typeof officerRemoveSchema>;

/** `/admin/institutions?q=&page=`: q matches the name or the Erasmus code. */
export const INSTITUTION_LIST_KEYS = ["q", "page"] as const;
export const institutionListSchema = z.object({
  q: optionalParam(z.string("adminArea.invalid.q").trim().max(100, "adminArea.invalid.q")),
  page: pageParam,
});
export type InstitutionListParams = z.infer<typeof institutionListSchema>;
