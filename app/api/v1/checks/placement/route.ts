import { classificationUnits, placementCheckSchema } from "@/lib/validation/checks";
import { methodNotAllowed, parseJsonBody, publicApi, spendApiUnits } from "@/lib/server/api";
import { placementCheckReport } from "@/lib/server/services/checks";

/** POST /api/v1/checks/placement — every eligibility check of docs/domain.md §1–§4 for one placement. */
export const POST = publicApi(async (request) => {
  const parsed = await parseJsonBody(request, placementCheckSchema);
  if ("response" in parsed) return parsed.response;
  // The tasks are classified: weighed like POST /api/v1/checks/activities.
  const refused = await spendApiUnits(request, classificationUnits(parsed.data.activities.tasks) - 1);
  if (refused) return refused;
  return Response.json(placementCheckReport(parsed.data));
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
