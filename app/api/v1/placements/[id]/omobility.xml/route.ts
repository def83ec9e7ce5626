import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { ewpFileResponse } from "@/lib/server/ewp-download";
import { ewpOmobility } from "@/lib/server/services/ewp";

/**
 * GET /api/v1/placements/{id}/omobility.xml — an approved student traineeship of the own
 * institution as an EWP Outgoing Mobilities get-response (docs/ewp.md); anything else is 404.
 */
export const GET = authedApi("decide:placement:own", async (_request, { params, user }) => {
  const { id } = await params;
  return ewpFileResponse(await ewpOmobility(user, id ?? ""));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
