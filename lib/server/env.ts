import "server-only";
import { z } from "zod";
import { dbProvider, defaultDatabaseUrl } from "./db/adapters";

// Environment read and validated once; nothing else reads process.env for configuration.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DB_PROVIDER: z.enum(["sqlite", "postgresql"]).default("sqlite"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  // Institutional single sign-on (any OpenID Connect issuer, e.g. a Keycloak realm).
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default("Institutional login"),
  // The claim naming the user's home organisation (a domain mapped to an institution by the admin).
  SSO_HOME_ORGANIZATION_CLAIM: z.string().min(1).default("schac_home_organization"),
  // Mail: SMTP in production; otherwise messages are written to MAIL_OUTBOX_DIR.
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().default("DOT Portal <no-reply@dot-portal.local>"),
  MAIL_OUTBOX_DIR: z.string().default("storage/outbox"),
  // "1" shows /dev/outbox in production mode too (the e2e server runs `next start`), only while
  // mail goes to the outbox; never set it where real users are.
  MAIL_OUTBOX_PAGE: z.enum(["0", "1"]).default("0"),
  // Absolute links in e-mails; falls back to NEXTAUTH_URL, then localhost.
  APP_URL: z.url().optional(),
  NEXTAUTH_URL: z.url().optional(),
  STORAGE_DIR: z.string().default("storage"),
  // Public API rate limit per IP and minute.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}

const provider = dbProvider(parsed.data.DB_PROVIDER);

export const env = {
  ...parsed.data,
  DB_PROVIDER: provider,
  DATABASE_URL: parsed.data.DATABASE_URL ?? defaultDatabaseUrl(provider),
  appUrl: (parsed.data.APP_URL ?? parsed.data.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
  oidcEnabled: Boolean(parsed.data.OIDC_ISSUER && parsed.data.OIDC_CLIENT_ID && parsed.data.OIDC_CLIENT_SECRET),
};
