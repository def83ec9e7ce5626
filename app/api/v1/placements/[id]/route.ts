import { authedApi, methodNotAllowed } from "@/lib/server/api/handlers";
import { reviewJson } from "@/lib/server/api/placement-json";
import { getPlacementReview } from "@/lib/server/services/placement/review";

/** GET /api/v1/placements/{id} — one placement of the own institution with every check; others are 404. */
export const GET = authedApi("decide:placement:own", async (_request, { params, user }) => {
  const { id } = await params;
  return Response.json(reviewJson(await getPlacementReview(user, id ?? "")));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
