import { parseOfferSearch } from "@/lib/validation/offer-search";
import { apiError, methodNotAllowed, publicApi, translateKey, validationError } from "@/lib/server/api";
import { searchOffers } from "@/lib/server/services/offer-search";
import { offerSearchJson } from "@/lib/server/services/offer-search/json";

/** GET /api/v1/offers?q=&country=&category=&language=&remote=&duration=&start=&paid=&sort=&page=&pageSize= — published, open offers. */
export const GET = publicApi(async (request) => {
  const parsed = parseOfferSearch(new URL(request.url).searchParams);
  if (!parsed.success) return validationError(parsed.error);
  // Ranking by match needs a participant profile; the API is anonymous.
  if (parsed.data.sort === "match") {
    return apiError(400, "Invalid request: check sort.", [{ path: "sort", message: translateKey("search.invalid.sortMatch") }]);
  }
  return Response.json(offerSearchJson(await searchOffers(parsed.data)));
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
