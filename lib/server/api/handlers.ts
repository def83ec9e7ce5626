import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import en from "@/messages/en.json";
import { parseMessageKey } from "@/lib/forms/message-key";
import { readCappedBody } from "@/lib/http/capped-body";
import { baseSecurityHeaders, checkOrigin, NO_STORE } from "@/lib/security/headers";
import { env } from "../env";
import { RateLimiter } from "../rate-limit";
import { clientAddress } from "../security/request-address";
import { consume, type WindowVerdict } from "../security/throttle";
import { getCurrentUser, type CurrentUser } from "../auth/session";
import type { Permission } from "../auth/policy";
import { errorFields, log, REQUEST_ID_HEADER } from "../log";
import { withRequestId } from "../request-log";
import {
  type Access,
  type Failure,
  type FailureIssue,
  type Input,
  type PipelineDeps,
  type RequiredAuth,
  type SafeParsed,
  type UserFor,
  fromSafeParse,
  runPipeline,
} from "../pipeline/core";

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

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON body. The body is streamed with a byte cap: a larger one is refused with 413 as
 * soon as its length or its bytes say so, never read whole. Only application/json is accepted
 * (415); a body that is no JSON is a 400.
 */
async function readJsonBody(request: Request): Promise<{ json: unknown } | { response: Response }> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") {
    return { response: apiError(415, "Send the body as JSON with Content-Type: application/json.") };
  }
  const body = await readCappedBody(request, MAX_BODY_BYTES);
  if (!body.ok) return { response: apiError(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`, [], { Connection: "close" }) };
  try {
    return { json: JSON.parse(body.text) };
  } catch {
    return { response: apiError(400, "The body is not valid JSON.", [{ path: "(body)", message: "Malformed JSON." }]) };
  }
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

type RouteContext = { params: Promise<Record<string, string>> };
type Handler = (request: Request, context: RouteContext) => Promise<Response> | Response;

/** What a route reads from the request, declared with its schema (lib/validation). */
export type ApiInput<T> = (request: Request, params: Record<string, string>) => Promise<Input<T, Response>> | Input<T, Response>;

// Any JSON object; the route's schema checks the fields, together with those taken from the URL.
const objectBody = z.record(z.string(), z.unknown(), "validation.objectRequired");

/**
 * A JSON body (readJsonBody's limits) parsed with `schema`. `fromUrl` adds fields taken from the
 * URL (the body must then be an object, and cannot name another record); `emptyAsObject` lets an
 * empty body count as {} (approving a placement needs no fields).
 */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  options: { fromUrl?: (params: Record<string, string>) => Record<string, unknown>; emptyAsObject?: boolean } = {},
): ApiInput<z.infer<S>> {
  return async (request, params) => {
    const { fromUrl, emptyAsObject } = options;
    const empty = fromUrl && emptyAsObject && (await request.clone().text()).trim() === "";
    const body = empty ? { json: {} } : await readJsonBody(request);
    if ("response" in body) return { ok: false, answer: body.response };
    if (!fromUrl) return fromSafeParse<z.infer<S>, Response>(schema.safeParse(body.json));
    const object = objectBody.safeParse(body.json);
    if (!object.success) return { ok: false, error: object.error };
    return fromSafeParse<z.infer<S>, Response>(schema.safeParse({ ...object.data, ...fromUrl(params) }));
  };
}

/** The query string, parsed by the schema's own reader (lib/validation: it refuses a repeated parameter). */
export function queryInput<T>(parse: (query: URLSearchParams) => SafeParsed<T>): ApiInput<T> {
  return (request) => fromSafeParse(parse(new URL(request.url).searchParams));
}

type ApiContext<U> = { request: Request; params: Record<string, string>; user: U };
type ApiSpec<T, U> = { input: ApiInput<T>; handler: (input: T, context: ApiContext<U>) => Promise<Response> | Response };
/** A handler without declared input gets the request and the promised route params. */
type PlainHandler<U> = (request: Request, context: RouteContext & { user: U }) => Promise<Response> | Response;

const apiHeaders = baseSecurityHeaders({ https: env.appUrl.startsWith("https:") });

/** The security headers (lib/security/headers.ts; proxy.ts skips the API so bodies stream uncloned) and the request id. */
function finish(response: Response, requestId: string): Response {
  for (const [name, value] of Object.entries(apiHeaders)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

function issueOf(issue: FailureIssue): ApiIssue {
  return "key" in issue ? { path: issue.path, message: translateKey(issue.key) } : { path: issue.path, message: issue.text };
}

/** The pipeline's failure as JSON: a schema refusal names its fields, a refusal its message, a bug only the request id. */
function failureResponse(failure: Failure, requestId: string): Response {
  if (failure.kind === "unexpected") return apiError(500, `Something went wrong on our side. Reference: ${requestId}.`);
  const issues = failure.issues.map(issueOf);
  if (failure.kind === "invalid") return apiError(400, `Invalid request: check ${[...new Set(issues.map((i) => i.path))].join(", ")}.`, issues);
  if (failure.status === 401) return apiError(401, "Sign in first: this endpoint needs a session.");
  return apiError(failure.status, translateKey(failure.key), issues);
}

/**
 * Both wrappers: rate limit per client address (a fast in-memory filter, then the window shared by
 * every instance), then the pipeline (lib/server/pipeline/core.ts): authentication first, then the
 * declared input, then the handler. Expected errors answer as JSON; anything else is logged (one
 * line with the request id and the stack) and answered with a generic 500 that leaks nothing but
 * the request id. Client errors (4xx) are logged as one line without a stack.
 */
function apiRoute<A extends Access, T>(access: A, spec: ApiSpec<T, UserFor<A>>, options: { throttled: boolean; personal: boolean }): Handler {
  return async (request, context) => {
    const requestId = crypto.randomUUID();
    const path = new URL(request.url).pathname;
    let verdict: WindowVerdict | null = null;
    if (options.throttled) {
      const address = clientAddress(request.headers);
      const quick = firstFilter.hit(address);
      if (!quick.allowed) return finish(tooManyRequests(quick.resetInSeconds), requestId);
      verdict = await consume("api", address, 1);
      if (!verdict.allowed) return finish(tooManyRequests(verdict.resetInSeconds), requestId);
    }
    const deps: PipelineDeps = {
      currentUser: getCurrentUser,
      logUnexpected: (error) => log("error", "api.unexpected", { requestId, method: request.method, path, ...errorFields(error) }),
    };
    let unexpected = false;
    const response = await withRequestId(requestId, async () => {
      // The session cookie rides along with a request from any site: only our own pages may use it.
      if (options.personal && checkOrigin(request.headers.get("origin"), { appUrl: env.appUrl, host: request.headers.get("host") }) === "foreign") {
        return apiError(403, "Cross-origin request refused: this endpoint only answers the portal's own pages.");
      }
      const params = (await context?.params) ?? {};
      const result = await runPipeline(
        {
          access,
          parseFirst: false,
          input: () => spec.input(request, params),
          handler: (input, user) => Promise.resolve(spec.handler(input, { request, params, user })),
        },
        deps,
      );
      if (result.ok) return result.answer;
      unexpected = result.failure.kind === "unexpected";
      return failureResponse(result.failure, requestId);
    });
    if (unexpected) return finish(response, requestId);
    if (verdict) response.headers.set("X-RateLimit-Remaining", String(verdict.remaining));
    // Personal data: never kept by the browser or a shared cache.
    if (options.personal) response.headers.set("Cache-Control", NO_STORE);
    if (response.status >= 400) log("info", "api.client-error", { requestId, method: request.method, path, status: response.status });
    return finish(response, requestId);
  };
}

const NO_INPUT: ApiInput<undefined> = () => ({ ok: true, data: undefined });
// The public API loads no session: what it answers is the same for everyone.
const NO_AUTH = { auth: "none" } as const;

function plainSpec<U>(handler: PlainHandler<U>): ApiSpec<undefined, U> {
  return { input: NO_INPUT, handler: (_input, { request, params, user }) => handler(request, { params: Promise.resolve(params), user }) };
}

/**
 * A public API route. `throttled: false` is for what the portal's own pages ask on every view
 * (GET /api/v1/session): it costs what the page render cost before, and must not spend the budget
 * of everyone behind one address.
 */
export function publicApi(handler: PlainHandler<null>, options?: { throttled?: boolean }): Handler;
export function publicApi<T>(spec: ApiSpec<T, null>, options?: { throttled?: boolean }): Handler;
export function publicApi<T>(handler: PlainHandler<null> | ApiSpec<T, null>, { throttled = true }: { throttled?: boolean } = {}): Handler {
  const options = { throttled, personal: false };
  return typeof handler === "function" ? apiRoute(NO_AUTH, plainSpec(handler), options) : apiRoute(NO_AUTH, handler, options);
}

/**
 * An API route for signed-in users (session cookie): a foreign origin is refused, then 401 when
 * anonymous, 403 when the role lacks the permission (fail closed); its answers are never cached.
 * Tenancy (own institution / organisation) is the service's job, as for server actions.
 */
export function authedApi(permission: Permission, handler: PlainHandler<CurrentUser>): Handler;
export function authedApi<T>(permission: Permission, spec: ApiSpec<T, CurrentUser>): Handler;
export function authedApi<T>(permission: Permission, handler: PlainHandler<CurrentUser> | ApiSpec<T, CurrentUser>): Handler {
  const access: RequiredAuth = { auth: "required", permission };
  const options = { throttled: true, personal: true };
  return typeof handler === "function" ? apiRoute(access, plainSpec(handler), options) : apiRoute(access, handler, options);
}

/** Explicit JSON 405 for the methods a route does not support. */
export function methodNotAllowed(allowed: string[]) {
  const handler = () => apiError(405, `Method not allowed. Use ${allowed.join(" or ")}.`, [], { Allow: allowed.join(", ") });
  return handler;
}
