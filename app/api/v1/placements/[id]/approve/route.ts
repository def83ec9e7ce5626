import type { ApproveJson } from "@/lib/api/schemas/placements";
import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { decisionBody } from "@/lib/server/api/placement-body";
import { approvePlacement } from "@/lib/server/services/placement/approval";
import { recordJson } from "@/lib/server/api/placement-json";
import { approveSchema } from "@/lib/validation/placement-decision";

/**
 * POST /api/v1/placements/{id}/approve — body {} or {"overrideCategories": [...], "justification": "..."}.
 * The same service as the review page: every rule re-checked on the server; refusals are 409 with
 * the failing checks (ApprovalRefusedError, one issue per check), another institution's placement is 404.
 */
export const POST = authedApi("decide:placement:own", {
  input: decisionBody(approveSchema),
  async handler(input, { user }) {
    const result = await approvePlacement(user, input);
    return Response.json({ status: "APPROVED", alreadyApproved: result.alreadyApproved, record: recordJson(result.record) } satisfies ApproveJson);
  },
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
