import { apiError, authedApi, methodNotAllowed, publicApi } from "@/lib/server/api/handlers";
import { offerBody, saveOfferFromApi } from "@/lib/server/api/offer-save";
import { getPublishedOffer } from "@/lib/server/services/offer-search/service";
import { offerDetailJson } from "@/lib/server/api/offer-json";

/** GET /api/v1/offers/{id} — one published offer; drafts, closed and unknown ids are 404. */
export const GET = publicApi(async (_request, context) => {
  const { id } = await context.params;
  const offer = id && id.length <= 64 ? await getPublishedOffer(id) : null;
  if (!offer) return apiError(404, "No published offer with this id.");
  return Response.json(offerDetailJson(offer));
});

/**
 * PUT /api/v1/offers/{id} — replaces the company user's own offer with the body (every field, as
 * the editor saves it); another organisation's offer is 404. A published offer stays published
 * only with a period that can be filled and tasks that qualify.
 */
export const PUT = authedApi("manage:offer:own", {
  input: offerBody({ idFromUrl: true }),
  handler: async (input, { params, user }) => Response.json(await saveOfferFromApi(user, params.id!, input)),
});

export const POST = methodNotAllowed(["GET", "PUT"]);
export const PATCH = POST;
export const DELETE = POST;
