import { z } from "zod";
import { apiErrorSchema } from "./schemas/common";
import { checkSchema, grantEstimateSchema, reviewCheckSchema } from "./schemas/checks";
import { messageSchema } from "./schemas/misc";
import { offerItemSchema } from "./schemas/offers";
import { mobilityRecordSchema } from "./schemas/placements";
import { API_ROUTES, successMediaType, type Method, type Operation } from "./routes";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas with zod 4's JSON Schema
// output (draft 2020-12, the dialect of OpenAPI 3.1). Responses are converted as the routes
// write them (io "output"), request bodies and parameters as clients send them (io "input").

export const OPENAPI_VERSION = "3.1.0";
export const API_VERSION = "1";
const REF = "#/components/schemas/";

/** Sub-schemas used by several answers: components of their own, referenced by name. */
const SHARED_OUTPUTS: Record<string, z.ZodType> = {
  ApiError: apiErrorSchema,
  OfferItem: offerItemSchema,
  MobilityRecord: mobilityRecordSchema,
  GrantEstimate: grantEstimateSchema,
  Check: checkSchema,
  ReviewCheck: reviewCheckSchema,
  Message: messageSchema,
};

type Json = Record<string, unknown>;

export const SESSION_SCHEME = "sessionCookie";

const AUTHENTICATION = [
  "Most endpoints are public: no sign-in, rate-limited per client address (`429` with `Retry-After` when the budget of the minute is spent).",
  "The others need the portal's session cookie (`next-auth.session-token`, `__Host-next-auth.session-token` over https): sign in on the portal's sign-in page, or as a script:",
  "`GET /api/auth/csrf` (keep its cookie and `csrfToken`), then `POST /api/auth/callback/credentials` as `application/x-www-form-urlencoded` with `csrfToken`, `email`, `password` and `json=true`; the answer sets the session cookie (8 hours).",
  "A request carrying an `Origin` header must come from the portal's own origin (`403` otherwise); an account with a one-time password must choose its own first (`403`).",
  'Refusals are `{"error": {"message", "issues": [{"path", "message"}]}}` in English; bodies are JSON only (`415`) and at most 64 KB (`413`).',
  "A method a path does not list answers `405` with an `Allow` header.",
].join("\n\n");

/** "get /api/v1/placements/{id}/approve" → "postPlacementsIdApprove"-style, unique per operation. */
export function operationId(method: Method, path: string): string {
  const words = path
    .replace(/^\/api\/v1\//, "")
    .split(/[/.]/)
    .map((w) => w.replace(/[{}]/g, ""))
    .filter(Boolean);
  return method + words.map((w) => w.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())).join("");
}

const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Registers `schema` under `id` unless it already has a name; the name it ends up with. */
function named(registry: z.core.$ZodRegistry<{ id: string }>, schema: z.ZodType, id: string): string {
  const existing = registry.get(schema);
  if (existing) return existing.id;
  registry.add(schema, { id });
  return id;
}

/** zod writes an integer's safe-integer range as bounds: true of every JSON number a route sends, so noise. */
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k, v]) => !((k === "minimum" || k === "maximum") && typeof v === "number" && Math.abs(v) >= Number.MAX_SAFE_INTEGER))
      .map(([k, v]) => [k, withoutSafeIntegerBounds(v)]),
  );
}

function components(registry: z.core.$ZodRegistry<{ id: string }>, io: "input" | "output"): Record<string, Json> {
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io, unrepresentable: "any", uri: (id) => REF + id });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, withoutSafeIntegerBounds(schema) as Json]));
}

/** One parameter per field of a query schema; OpenAPI query values are strings on the wire, typed here as the schema reads them. */
function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const { $schema: _s, ...schema } = z.toJSONSchema(field as z.ZodType, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as Json;
    const { description, ...rest } = schema;
    return { name, in: "query", required: false, ...(description ? { description } : {}), schema: withoutNull(rest) };
  });
}

/** A query parameter is absent or a string: null, which the search schemas accept internally, cannot be sent. */
function withoutNull(schema: Json): Json {
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).filter((t) => t !== "null");
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  if (Array.isArray(schema.anyOf)) {
    const rest = (schema.anyOf as Json[]).filter((s) => s.type !== "null");
    const { anyOf: _a, ...others } = schema;
    return rest.length === 1 ? { ...others, ...rest[0] } : { ...others, anyOf: rest };
  }
  return schema;
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string", maxLength: 64 } }));
}

const ERROR_TEXT = {
  400: "Invalid input: `issues` names each field.",
  401: "No session: sign in first.",
  403: "The role lacks the permission, the password must be changed first, or a cross-origin request.",
  413: "The body is larger than 64 KB.",
  415: "The body is not `application/json`.",
  429: "Too many requests from this client address: see `Retry-After`.",
  500: "Unexpected failure; the message carries a reference, also the `x-request-id` header.",
} as const;

function errorResponses(op: Operation): Record<string, Json> {
  const texts: Partial<Record<number, string>> = {};
  if (op.body) Object.assign(texts, { 400: ERROR_TEXT[400], 413: ERROR_TEXT[413], 415: ERROR_TEXT[415] });
  if (op.access === "session") Object.assign(texts, { 401: ERROR_TEXT[401], 403: ERROR_TEXT[403] });
  if (op.throttled) texts[429] = ERROR_TEXT[429];
  for (const [status, text] of Object.entries(op.errors ?? {}))
    texts[Number(status)] = texts[Number(status)] && status === "429" ? `${texts[429]} ${text}` : text;
  texts[500] = ERROR_TEXT[500];
  return Object.fromEntries(
    Object.entries(texts)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([status, description]) => [
        status,
        {
          description,
          ...(status === "429" ? { headers: { "Retry-After": { description: "Seconds until the budget is renewed.", schema: { type: "integer" } } } } : {}),
          content: { "application/json": { schema: { $ref: `${REF}ApiError` } } },
        },
      ]),
  );
}

/** A body whose fields are all optional may be left out (approve: an empty body is {}). */
function bodyRequired(body: z.ZodType): boolean {
  const schema = z.toJSONSchema(body, { io: "input", unrepresentable: "any" }) as Json;
  return Array.isArray(schema.required) && schema.required.length > 0;
}

function security(op: Operation): Json[] {
  if (op.access === "session") return [{ [SESSION_SCHEME]: [] }];
  if (op.access === "optional-session") return [{}, { [SESSION_SCHEME]: [] }];
  return [];
}

/** The whole document; `appUrl` is the portal's public URL (APP_URL). */
export function buildOpenApiDocument({ appUrl }: { appUrl: string }) {
  const outputs = z.registry<{ id: string }>();
  const inputs = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(SHARED_OUTPUTS)) named(outputs, schema, id);

  const paths: Record<string, Json> = {};
  for (const route of API_ROUTES) {
    const item: Json = {};
    for (const [method, op] of Object.entries(route.operations) as [Method, Operation][]) {
      const id = operationId(method, route.path);
      const responseId = named(outputs, op.success.schema, `${capitalised(id)}Response`);
      const bodyId = op.body ? named(inputs, op.body, `${capitalised(id)}Body`) : null;
      const parameters = [...pathParameters(route.path), ...(op.query ? queryParameters(op.query) : [])];
      item[method] = {
        operationId: id,
        summary: op.summary,
        ...(op.description ? { description: op.description } : {}),
        tags: [route.path.split("/")[3]],
        ...(op.permission ? { "x-permission": op.permission } : {}),
        security: security(op),
        ...(parameters.length ? { parameters } : {}),
        ...(bodyId ? { requestBody: { required: bodyRequired(op.body!), content: { "application/json": { schema: { $ref: REF + bodyId } } } } } : {}),
        responses: {
          [op.success.status]: { description: op.success.description, content: { [successMediaType(op)]: { schema: { $ref: REF + responseId } } } },
          ...errorResponses(op),
        },
      };
    }
    paths[route.path] = item;
  }

  return {
    openapi: OPENAPI_VERSION,
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "DOT Portal API",
      version: API_VERSION,
      description: AUTHENTICATION,
      license: { name: "See the portal's repository" },
    },
    servers: [{ url: appUrl }],
    paths,
    components: {
      // Names are unique across both registries: bodies end in "Body", answers in "Response" or a shared name.
      schemas: { ...components(outputs, "output"), ...components(inputs, "input") },
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The portal's session cookie (`__Host-next-auth.session-token` over https).",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
