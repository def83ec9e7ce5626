import type { RejectJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed, validationError } from "@/lib/server/api";
import { readDecisionBody } from "@/lib/server/api/placement-body";
import { rejectPlacement } from "@/lib/server/services/placement/approval";
import { rejectSchema } from "@/lib/validation/placement-decision";

/** POST /api/v1/placements/{id}/reject — body {"reason": "10–2000 characters"}; another institution's placement is 404. */
export const POST = authedApi("decide:placement:own", async (request, { params, user }) => {
  const { id } = await params;
  const body = await readDecisionBody(request);
  if ("response" in body) return body.response;
  const parsed = rejectSchema.safeParse({ ...body.data, placementId: id });
  if (!parsed.success) return validationError(parsed.error);
  const result = await rejectPlacement(user, parsed.data);
  return Response.json({ status: "REJECTED", alreadyRejected: result.alreadyRejected } satisfies RejectJson);
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
