import "server-only";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import en from "@/messages/en.json";
import { env } from "./env";
import { RateLimiter } from "./rate-limit";
import { clientAddress } from "./security/request-address";
import { consume, type WindowVerdict } from "./security/throttle";
import { ExpectedError } from "./errors";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import { can, type Permission } from "./auth/policy";

// The public JSON API answers in English (the source locale); schema messages are i18n keys.
const t = createTranslator({ locale: "en", messages: en });

export function translateKey(key: string, values?: Record<string, string | number>): string {
  try {
    return t(key as never, values as never);
  } catch {
    return key;
  }
}

export type ApiIssue = { path: string; message: string };

export function apiError(status: number, message: string, issues: ApiIssue[] = [], headers?: HeadersInit) {
  return Response.json({ error: { message, issues } }, { status, headers });
}

export function zodIssues(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(body)", message: translateKey(i.message) }));
}

export function validationError(error: z.ZodError) {
  const issues = zodIssues(error);
  const fields = [...new Set(issues.map((i) => i.path))].join(", ");
  return apiError(400, `Invalid request: check ${fields}.`, issues);
}

const MAX_BODY_BYTES = 64 * 1024;

/** Parses a JSON body against a schema; every failure is a 400 naming what is wrong. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { response: Response }> {
  const type = request.headers.get("content-type") ?? "";
  if (type && !type.includes("application/json")) {
    return { response: apiError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { response: apiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`) };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { response: apiError(400, "The body is not valid JSON.", [{ path: "(body)", message: "Malformed JSON." }]) };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { data: parsed.data } : { response: validationError(parsed.error) };
}

// The limit lives in the database (ThrottleCounter, one fixed window per client address and
// minute), so N instances enforce one limit. This in-memory count of requests is only a first
// filter: a request costs at least one unit, so an instance that alone has seen more requests
// than the limit refuses without asking the database.
const firstFilter = new RateLimiter(env.API_RATE_LIMIT_PER_MINUTE, 60_000);

function tooManyRequests(resetInSeconds: number) {
  return apiError(429, "Too many requests: try again in a minute.", [], { "Retry-After": String(resetInSeconds) });
}

/**
 * Spends `units` more of the caller's API budget (an expensive request, e.g. a long text to
 * classify); a 429 Response when the budget is used up, else null. Call it before the work.
 */
export async function spendApiUnits(request: Request, units: number): Promise<Response | null> {
  if (units <= 0) return null;
  const verdict = await consume("api", clientAddress(request.headers), units);
  return verdict.allowed ? null : tooManyRequests(verdict.resetInSeconds);
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/**
 * Wraps a public API handler: rate limit per client address, expected errors as JSON, anything else logged
 * and answered with a generic 500 that leaks nothing.
 */
export function publicApi(handler: Handler): Handler {
  return async (request, context) => {
    const address = clientAddress(request.headers);
    const quick = firstFilter.hit(address);
    if (!quick.allowed) return tooManyRequests(quick.resetInSeconds);
    const verdict: WindowVerdict = await consume("api", address, 1);
    if (!verdict.allowed) return tooManyRequests(verdict.resetInSeconds);
    try {
      const response = await handler(request, context);
      response.headers.set("X-RateLimit-Remaining", String(verdict.remaining));
      return response;
    } catch (error) {
      if (error instanceof ExpectedError) return apiError(error.status, translateKey(error.key));
      console.error("[api] unexpected error", error);
      return apiError(500, "Something went wrong on our side.");
    }
  };
}

type AuthedHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>>; user: CurrentUser },
) => Promise<Response> | Response;

/**
 * Wraps an API handler for signed-in users (session cookie): 401 when anonymous, 403 when the
 * role lacks the permission (fail closed), then the publicApi error handling and rate limit.
 * Tenancy (own institution / organisation) is the service's job, as for server actions.
 */
export function authedApi(permission: Permission, handler: AuthedHandler): Handler {
  return publicApi(async (request, context) => {
    const user = await getCurrentUser();
    if (!user) return apiError(401, "Sign in first: this endpoint needs a session.");
    if (user.mustChangePassword) return apiError(403, translateKey("errors.choosePasswordFirst"));
    if (!can(user.role, permission)) return apiError(403, translateKey("errors.forbidden"));
    return handler(request, { ...context, user });
  });
}

/** Explicit JSON 405 for the methods a route does not support. */
export function methodNotAllowed(allowed: string[]) {
  const handler = () => apiError(405, `Method not allowed. Use ${allowed.join(" or ")}.`, [], { Allow: allowed.join(", ") });
  return handler;
}
