import type { RejectJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { decisionBody } from "@/lib/server/api/placement-body";
import { rejectPlacement } from "@/lib/server/services/placement/approval";
import { rejectSchema } from "@/lib/validation/placement-decision";

/** POST /api/v1/placements/{id}/reject — body {"reason": "10–2000 characters"}; another institution's placement is 404. */
export const POST = authedApi("decide:placement:own", {
  input: decisionBody(rejectSchema),
  async handler(input, { user }) {
    const result = await rejectPlacement(user, input);
    return Response.json({ status: "REJECTED", alreadyRejected: result.alreadyRejected } satisfies RejectJson);
  },
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
