import { apiError, methodNotAllowed, publicApi } from "@/lib/server/api";
import { getPublishedOffer } from "@/lib/server/services/offer-search";
import { offerDetailJson } from "@/lib/server/services/offer-search/json";

/** GET /api/v1/offers/{id} — one published offer; drafts, closed and unknown ids are 404. */
export const GET = publicApi(async (_request, context) => {
  const { id } = await context.params;
  const offer = id && id.length <= 64 ? await getPublishedOffer(id) : null;
  if (!offer) return apiError(404, "No published offer with this id.");
  return Response.json(offerDetailJson(offer));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
