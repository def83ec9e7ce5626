import { apiDocument } from "@/lib/server/openapi-document";
import { methodNotAllowed, publicApi } from "@/lib/server/api/handlers";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of every /api/v1 route (lib/api/routes.ts). */
export const GET = publicApi(async () =>
  // The same for everyone and changes only with a deployment: caches may keep it for an hour.
  Response.json(apiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } }),
);

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
