import { activityCheckSchema, classificationUnits } from "@/lib/validation/checks";
import { jsonBody, methodNotAllowed, publicApi, spendApiUnits } from "@/lib/server/api/handlers";
import { activityCheckReport } from "@/lib/server/services/checks";

/** POST /api/v1/checks/activities {"text"} — does this text describe a digital-skills traineeship? */
export const POST = publicApi({
  input: jsonBody(activityCheckSchema),
  async handler({ text }, { request }) {
    // A long text costs more of the caller's budget; publicApi has spent the first unit.
    const refused = await spendApiUnits(request, classificationUnits(text) - 1);
    if (refused) return refused;
    return Response.json(activityCheckReport(text));
  },
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
