import { z } from "zod";
import type { FormatJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed, parseJsonBody, validationError } from "@/lib/server/api";
import { setPlacementFormat } from "@/lib/server/services/placement/format";
import { placementFormatSchema } from "@/lib/validation/placement-format";

// A JSON object; its fields are parsed with the id from the URL (the body cannot name another placement).
const bodySchema = z.record(z.string(), z.unknown(), "validation.objectRequired");

/**
 * PUT /api/v1/placements/{id}/format — body {"format": "SM-COUR-TRAIN", "action": "KA122-VET",
 * "virtualStart"?, "virtualEnd"?, "virtualDescription"?}: the office sets a waiting placement's
 * mobility format and action (docs/domain.md §3a) before approving it. 200 with `changed`; a format
 * not open to the participant or an action outside it: 400 naming the field; not waiting: 409;
 * another institution's placement: 404.
 */
export const PUT = authedApi("decide:placement:own", async (request, { params, user }) => {
  const { id } = await params;
  const body = await parseJsonBody(request, bodySchema);
  if ("response" in body) return body.response;
  const parsed = placementFormatSchema.safeParse({ ...body.data, placementId: id });
  if (!parsed.success) return validationError(parsed.error);
  const result = await setPlacementFormat(user, parsed.data);
  return Response.json({ format: parsed.data.format, action: parsed.data.action, changed: result.changed } satisfies FormatJson);
});

export const GET = methodNotAllowed(["PUT"]);
export const POST = GET;
export const PATCH = GET;
export const DELETE = GET;
