import { authedApi, methodNotAllowed, validationError } from "@/lib/server/api";
import { queueJson } from "@/lib/server/api/placement-json";
import { listPlacementQueue } from "@/lib/server/services/placement/review";
import { parseQueueFilters } from "@/lib/validation/placement-decision";

/** GET /api/v1/placements?status=&action=&country=&page= — the officer's own institution's placements. */
export const GET = authedApi("decide:placement:own", async (request, { user }) => {
  const params = new URL(request.url).searchParams;
  const parsed = parseQueueFilters(Object.fromEntries(params.entries()));
  if (!parsed.success) return validationError(parsed.error);
  return Response.json(queueJson(await listPlacementQueue(user, parsed.data)));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
