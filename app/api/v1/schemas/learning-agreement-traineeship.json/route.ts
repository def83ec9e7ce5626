import { methodNotAllowed, publicApi } from "@/lib/server/api/handlers";
import { env } from "@/lib/server/env";
import { laDocumentJsonSchema } from "@/lib/validation/learning-agreement-document";

/**
 * GET /api/v1/schemas/learning-agreement-traineeship.json — the JSON Schema (draft 2020-12) of
 * the Learning Agreement for Traineeships document (GET /api/v1/placements/{id}/learning-agreement).
 */
export const GET = publicApi(() =>
  Response.json(laDocumentJsonSchema(env.appUrl), {
    headers: { "Content-Type": "application/schema+json", "Cache-Control": "public, max-age=3600" },
  }),
);

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
