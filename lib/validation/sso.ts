import { z } from "zod";
import { maxChars } from "./messages";

// Institutional single sign-on: the link confirmation form and the administrator's forms for
// e-mail domains (home organisations) and officers' linked identities.

const idSchema = z.string().min(1).max(64);

/** A DNS name as `schac_home_organization` carries it: "ugent.be", "student.ku.dk" (stored lowercase). */
export const ssoDomainSchema = z
  .string("validation.required")
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(253, maxChars(253))
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "sso.errors.domainShape");

export const ssoDomainAddSchema = z.object({ institutionId: idSchema, domain: ssoDomainSchema });
export const ssoDomainRemoveSchema = z.object({ institutionId: idSchema, domainId: idSchema });

export const ssoIdentityLinkSchema = z.object({
  institutionId: idSchema,
  userId: idSchema,
  issuer: z.url("sso.errors.issuerShape").trim().max(500, maxChars(500)),
  subject: z.string("validation.required").trim().min(1, "validation.required").max(255, maxChars(255)),
});
export const ssoIdentityUnlinkSchema = z.object({ institutionId: idSchema, identityId: idSchema });

/** The pending link is named by a random token in the URL; the password proves the account is theirs. */
export const ssoLinkConfirmSchema = z.object({
  token: z.string().min(20).max(100),
  password: z.string("validation.required").min(1, "validation.required").max(1024, maxChars(1024)),
});
