import "server-only";
import { createTranslator } from "next-intl";
import type { z } from "zod";
import en from "@/messages/en.json";
import { parseMessageKey } from "@/lib/forms/message-key";
import { readCappedBody } from "@/lib/http/capped-body";
import { baseSecurityHeaders, checkOrigin, NO_STORE } from "@/lib/security/headers";
import { env } from "./env";
import { RateLimiter } from "./rate-limit";
import { clientAddress } from "./security/request-address";
import { consume, type WindowVerdict } from "./security/throttle";
import { ExpectedError } from "./errors";
import { getCurrentUser, type CurrentUser } from "./auth/session";
import { can, type Permission } from "./auth/policy";
import { errorFields, log, REQUEST_ID_HEADER } from "./log";
import { withRequestId } from "./request-log";

// The public JSON API answers in English (the source locale); schema messages are i18n keys.
const t = createTranslator({ locale: "en", messages: en });

export function translateKey(text: string, extra?: Record<string, string | number>): string {
  // Zod's own messages (a wrong type, say) are no keys: shown as they are. Asking next-intl for
  // them would log a MISSING_MESSAGE error with its stack on every such request.
  const { key, values } = parseMessageKey(text);
  if (!t.has(key as never)) return text;
  try {
    return t(key as never, { ...values, ...extra } as never);
  } catch {
    return text;
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

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Parses a JSON body against a schema. The body is streamed with a byte cap: a larger one is
 * refused with 413 as soon as its length or its bytes say so, never read whole. Only
 * application/json is accepted (415); every other failure is a 400 naming what is wrong.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<{ data: z.infer<S> } | { response: Response }> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    return { response: apiError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const body = await readCappedBody(request, MAX_BODY_BYTES);
  if (!body.ok) return { response: apiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`, [], { Connection: "close" }) };
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { response: apiError(400, "The body is not valid JSON.", [{ path: "(body)", message: "Malformed JSON." }]) };
  }
  const parsed = schema.safeParse(json);
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

const apiHeaders = baseSecurityHeaders({ https: env.appUrl.startsWith("https:") });

/** The security headers (lib/security/headers.ts; proxy.ts skips the API so bodies stream uncloned) and the request id. */
function finish(response: Response, requestId: string): Response {
  for (const [name, value] of Object.entries(apiHeaders)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/**
 * Wraps a public API handler: rate limit per client address (a fast in-memory filter, then the
 * window shared by every instance), expected errors as JSON, anything else logged (one line with
 * the request id and the stack) and answered with a generic 500 that leaks nothing but the
 * request id. Client errors (4xx) are logged as one line without a stack. `throttled: false` is
 * for what the portal's own pages ask on every view (GET /api/v1/session): it costs what the page
 * render cost before, and must not spend the budget of everyone behind one address.
 */
export function publicApi(handler: Handler, { throttled = true }: { throttled?: boolean } = {}): Handler {
  return async (request, context) => {
    const requestId = crypto.randomUUID();
    const path = new URL(request.url).pathname;
    let verdict: WindowVerdict | null = null;
    if (throttled) {
      const address = clientAddress(request.headers);
      const quick = firstFilter.hit(address);
      if (!quick.allowed) return finish(tooManyRequests(quick.resetInSeconds), requestId);
      verdict = await consume("api", address, 1);
      if (!verdict.allowed) return finish(tooManyRequests(verdict.resetInSeconds), requestId);
    }
    let response: Response;
    try {
      response = await withRequestId(requestId, () => handler(request, context));
      if (verdict) response.headers.set("X-RateLimit-Remaining", String(verdict.remaining));
    } catch (error) {
      if (error instanceof ExpectedError) {
        // A refusal about one field names it, like a validation error does.
        const message = translateKey(error.key);
        response = apiError(error.status, message, error.field ? [{ path: error.field, message }] : []);
      } else {
        log("error", "api.unexpected", { requestId, method: request.method, path, ...errorFields(error) });
        return finish(apiError(500, `Something went wrong on our side. Reference: ${requestId}.`), requestId);
      }
    }
    if (response.status >= 400) log("info", "api.client-error", { requestId, method: request.method, path, status: response.status });
    return finish(response, requestId);
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
    const response = await authedResponse(request, context);
    // Personal data: never kept by the browser or a shared cache.
    response.headers.set("Cache-Control", NO_STORE);
    return response;
  });

  async function authedResponse(request: Request, context: { params: Promise<Record<string, string>> }): Promise<Response> {
    // The session cookie rides along with a request from any site: only our own pages may use it.
    if (checkOrigin(request.headers.get("origin"), { appUrl: env.appUrl, host: request.headers.get("host") }) === "foreign") {
      return apiError(403, "Cross-origin request refused: this endpoint only answers the portal's own pages.");
    }
    const user = await getCurrentUser();
    if (!user) return apiError(401, "Sign in first: this endpoint needs a session.");
    if (user.mustChangePassword) return apiError(403, translateKey("errors.choosePasswordFirst"));
    if (!can(user.role, permission)) return apiError(403, translateKey("errors.forbidden"));
    return handler(request, { ...context, user });
  }
}

/** Explicit JSON 405 for the methods a route does not support. */
export function methodNotAllowed(allowed: string[]) {
  const handler = () => apiError(405, `Method not allowed. Use ${allowed.join(" or ")}.`, [], { Allow: allowed.join(", ") });
  return handler;
}
