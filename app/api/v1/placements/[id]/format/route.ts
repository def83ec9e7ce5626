import type { FormatJson } from "@/lib/api/schemas/placements";
import { authedApi, jsonBody, methodNotAllowed } from "@/lib/server/api/handlers";
import { setPlacementFormat } from "@/lib/server/services/placement/format";
import { placementFormatSchema } from "@/lib/validation/placement-format";

/**
 * PUT /api/v1/placements/{id}/format — body {"format": "SM-COUR-TRAIN", "action": "KA122-VET",
 * "virtualStart"?, "virtualEnd"?, "virtualDescription"?}: the office sets a waiting placement's
 * mobility format and action (docs/domain.md §3a) before approving it. 200 with `changed`; a format
 * not open to the participant or an action outside it: 400 naming the field; not waiting: 409;
 * another institution's placement: 404.
 */
export const PUT = authedApi("decide:placement:own", {
  // A JSON object; its fields are parsed with the id from the URL (the body cannot name another placement).
  input: jsonBody(placementFormatSchema, { fromUrl: ({ id }) => ({ placementId: id }) }),
  async handler(input, { user }) {
    const result = await setPlacementFormat(user, input);
    return Response.json({ format: input.format, action: input.action, changed: result.changed } satisfies FormatJson);
  },
});

export const GET = methodNotAllowed(["PUT"]);
export const POST = GET;
export const PATCH = GET;
export const DELETE = GET;
