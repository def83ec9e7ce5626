import type { CancelJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { decisionBody } from "@/lib/server/api/placement-body";
import { cancelPlacementByIdAsOffice } from "@/lib/server/services/placement/lifecycle";
import { cancelPlacementSchema } from "@/lib/validation/placement-lifecycle";

/**
 * POST /api/v1/placements/{id}/cancel — body {"reason": "10–1000 characters"}: the office calls off an
 * approved placement (the place is freed, the parties are mailed). Again: 200 with `alreadyCancelled`;
 * not approved: 409; another institution's placement: 404.
 */
export const POST = authedApi("decide:placement:own", {
  input: decisionBody(cancelPlacementSchema),
  async handler(input, { user }) {
    const result = await cancelPlacementByIdAsOffice(user, input);
    return Response.json({ status: "CANCELLED", alreadyCancelled: result.already } satisfies CancelJson);
  },
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
