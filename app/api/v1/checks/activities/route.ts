import { activityCheckSchema } from "@/lib/validation/checks";
import { methodNotAllowed, parseJsonBody, publicApi } from "@/lib/server/api";
import { activityCheckReport } from "@/lib/server/services/checks";

/** POST /api/v1/checks/activities {"text"} — does this text describe a digital-skills traineeship? */
export const POST = publicApi(async (request) => {
  const parsed = await parseJsonBody(request, activityCheckSchema);
  if ("response" in parsed) return parsed.response;
  return Response.json(activityCheckReport(parsed.data.text));
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
