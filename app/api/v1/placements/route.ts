import { authedApi, methodNotAllowed, queryInput } from "@/lib/server/api/handlers";
import { queueJson } from "@/lib/server/api/placement-json";
import { listPlacementQueue } from "@/lib/server/services/placement/review";
import { parseQueueFilters } from "@/lib/validation/placement-decision";

/** GET /api/v1/placements?status=&action=&country=&page= — the officer's own institution's placements. */
export const GET = authedApi("decide:placement:own", {
  input: queryInput((query) => parseQueueFilters(Object.fromEntries(query.entries()))),
  handler: async (filters, { user }) => Response.json(queueJson(await listPlacementQueue(user, filters))),
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
