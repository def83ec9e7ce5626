import { classificationUnits, placementCheckSchema } from "@/lib/validation/checks";
import { jsonBody, methodNotAllowed, publicApi, spendApiUnits } from "@/lib/server/api/handlers";
import { placementCheckReport } from "@/lib/server/services/checks";

/** POST /api/v1/checks/placement — every eligibility check of docs/domain.md §1–§4 for one placement. */
export const POST = publicApi({
  input: jsonBody(placementCheckSchema),
  async handler(input, { request }) {
    // The tasks are classified: weighed like POST /api/v1/checks/activities.
    const refused = await spendApiUnits(request, classificationUnits(input.activities.tasks) - 1);
    if (refused) return refused;
    return Response.json(placementCheckReport(input));
  },
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
