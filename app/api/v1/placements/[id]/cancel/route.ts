import type { CancelJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed, validationError } from "@/lib/server/api";
import { readDecisionBody } from "@/lib/server/api/placement-body";
import { cancelPlacementByIdAsOffice } from "@/lib/server/services/placement/lifecycle";
import { cancelPlacementSchema } from "@/lib/validation/placement-lifecycle";

/**
 * POST /api/v1/placements/{id}/cancel — body {"reason": "10–1000 characters"}: the office calls off an
 * approved placement (the place is freed, the parties are mailed). Again: 200 with `alreadyCancelled`;
 * not approved: 409; another institution's placement: 404.
 */
export const POST = authedApi("decide:placement:own", async (request, { params, user }) => {
  const { id } = await params;
  const body = await readDecisionBody(request);
  if ("response" in body) return body.response;
  const parsed = cancelPlacementSchema.safeParse({ ...body.data, placementId: id });
  if (!parsed.success) return validationError(parsed.error);
  const result = await cancelPlacementByIdAsOffice(user, parsed.data);
  return Response.json({ status: "CANCELLED", alreadyCancelled: result.already } satisfies CancelJson);
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
