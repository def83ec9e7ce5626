import "server-only";
import { z } from "zod";
import { dbProvider, defaultDatabaseUrl } from "./db/adapters";
import { parseTrustedProxies } from "./security/client-address";

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
  // Where uploaded files (CVs) live: "local" under STORAGE_DIR (one machine), or "database" (the
  // StoredFile table), which every instance behind a load balancer shares (docs/decisions/0013).
  FILE_STORE: z.enum(["local", "database"]).default("local"),
  // Public API rate limit per client address and minute, in units: one request is one unit, an
  // activity check one unit per started 1,000 characters (lib/server/security/rate-limits.ts).
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(120),
  // Reverse proxies whose X-Forwarded-For entries are believed (IPs or CIDRs, comma-separated);
  // none by default: the client is the socket's peer (lib/server/security/client-address.ts).
  TRUSTED_PROXIES: z.string().default(""),
  // Sign-in throttling (lib/server/security/throttle.ts): failures allowed before waits start,
  // failures that lock, and for how long; per account and (more generously) per client address.
  SIGN_IN_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_FAILURES: z.coerce.number().int().min(1).default(10),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  SIGN_IN_ADDRESS_FREE_FAILURES: z.coerce.number().int().min(1).default(20),
  SIGN_IN_ADDRESS_LOCK_FAILURES: z.coerce.number().int().min(1).default(100),
  // The job worker (lib/server/jobs): "in-process" also runs it inside `next start` (and `next dev`);
  // "off" leaves the jobs to `npm run worker` processes. Both may run at once: jobs are leased.
  WORKER: z.enum(["in-process", "off"]).default("in-process"),
  // /api/health/ready reports "not ready" when more jobs than this are due and waiting.
  JOB_BACKLOG_LIMIT: z.coerce.number().int().positive().default(1000),
  // Retention (lib/domain/retention.ts): CVs of applications that led to no placement are removed
  // this many months after their offer closed.
  RETENTION_CV_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  // Who runs this installation: named as the controller in the privacy notice and as the contact
  // of the accessibility statement and the terms for hosts (app/[locale]/privacy and siblings).
  OPERATOR_NAME: z.string().trim().min(1).optional(),
  OPERATOR_EMAIL: z.email().optional(),
  // Registrations (and other account e-mail requests) per client address and hour.
  REGISTER_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(20),
  // The least severe log lines written (pino's levels; lib/server/log.ts).
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
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
  // Parsed here so a mistyped setting stops the start instead of trusting the wrong hops.
  trustedProxies: parseTrustedProxies(parsed.data.TRUSTED_PROXIES),
  oidcEnabled: Boolean(parsed.data.OIDC_ISSUER && parsed.data.OIDC_CLIENT_ID && parsed.data.OIDC_CLIENT_SECRET),
};
