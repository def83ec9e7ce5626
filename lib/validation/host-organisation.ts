import { z } from "zod";
import { ECOSYSTEM_IDS, HOST_ORGANISATION_TYPES, NACE_SECTIONS, OID_PATTERN, PIC_PATTERN } from "@/lib/domain";
import { countryCodeSchema } from "./checks";
import { maxChars } from "./messages";
import { TEXT_MAX } from "@/lib/forms/limits";

// An empty form field means "not given".
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, maxChars(max))
    .optional()
    .transform((v) => (v ? v : undefined));

// Shared with the institution form (admin): docs/domain.md §5 PIC = 9 digits, OID = "E" + 8 digits.
export const websiteSchema = optionalText(TEXT_MAX.website).pipe(z.url({ protocol: /^https?$/, message: "validation.website" }).optional());
export const picSchema = optionalText(20).pipe(z.string().regex(PIC_PATTERN, "validation.pic").optional());
export const oidSchema = optionalText(20)
  .transform((v) => v?.toUpperCase())
  .pipe(z.string().regex(OID_PATTERN, "validation.oid").optional());

export const hostOrganisationSchema = z.object({
  legalName: z.string().trim().min(2, "validation.legalNameShort").max(TEXT_MAX.organisationName, maxChars(TEXT_MAX.organisationName)),
  type: z.enum(HOST_ORGANISATION_TYPES, "validation.hostTypeUnknown"),
  country: countryCodeSchema,
  city: z.string().trim().min(1, "validation.required").max(TEXT_MAX.city, maxChars(TEXT_MAX.city)),
  address: z.string().trim().max(TEXT_MAX.address, maxChars(TEXT_MAX.address)).default(""),
  website: websiteSchema,
  description: z.string().trim().max(TEXT_MAX.organisationDescription, maxChars(TEXT_MAX.organisationDescription)).default(""),
  belowTwoFifty: z.enum(["yes", "no"], "validation.sizeRequired").transform((v) => v === "yes"),
  naceSection: z.enum(NACE_SECTIONS, "validation.naceRequired"),
  ecosystem: optionalText(60).pipe(z.enum(ECOSYSTEM_IDS, "validation.ecosystemUnknown").optional()),
  pic: picSchema,
  oid: oidSchema,
  vat: optionalText(20)
    .transform((v) => v?.replace(/\s/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{2}[A-Z0-9]{2,13}$/, "validation.vat")
        .optional(),
    ),
});

export type HostOrganisationInput = z.infer<typeof hostOrganisationSchema>;
