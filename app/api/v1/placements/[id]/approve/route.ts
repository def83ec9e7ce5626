import type { ApproveJson } from "@/lib/api/schemas/placements";
import { apiError, authedApi, methodNotAllowed, translateKey, validationError } from "@/lib/server/api";
import { readDecisionBody } from "@/lib/server/api/placement-body";
import { ApprovalRefusedError, approvePlacement } from "@/lib/server/services/placement/approval";
import { recordJson } from "@/lib/server/api/placement-json";
import { approveSchema } from "@/lib/validation/placement-decision";

/**
 * POST /api/v1/placements/{id}/approve — body {} or {"overrideCategories": [...], "justification": "..."}.
 * The same service as the review page: every rule re-checked on the server; refusals are 409 with
 * the failing checks, another institution's placement is 404.
 */
export const POST = authedApi("decide:placement:own", async (request, { params, user }) => {
  const { id } = await params;
  const body = await readDecisionBody(request);
  if ("response" in body) return body.response;
  const parsed = approveSchema.safeParse({ ...body.data, placementId: id });
  if (!parsed.success) return validationError(parsed.error);
  try {
    const result = await approvePlacement(user, parsed.data);
    return Response.json({ status: "APPROVED", alreadyApproved: result.alreadyApproved, record: recordJson(result.record) } satisfies ApproveJson);
  } catch (error) {
    if (error instanceof ApprovalRefusedError) {
      return apiError(409, translateKey(error.key), error.checkMessages.map((c) => ({ path: `checks.${c.id}`, message: c.message })));
    }
    throw error;
  }
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
