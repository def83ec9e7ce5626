import { parseOfferSearch } from "@/lib/validation/offer-search";
import { apiError, authedApi, methodNotAllowed, publicApi, translateKey, validationError } from "@/lib/server/api";
import { saveOfferFromApi } from "@/lib/server/api/offer-save";
import { searchOffers } from "@/lib/server/services/offer-search/service";
import { offerSearchJson } from "@/lib/server/api/offer-json";

/** GET /api/v1/offers?q=&country=&category=&language=&for=&remote=&duration=&start=&paid=&sort=&page=&pageSize= — published, open offers. */
export const GET = publicApi(async (request) => {
  const parsed = parseOfferSearch(new URL(request.url).searchParams);
  if (!parsed.success) return validationError(parsed.error);
  // Ranking by match needs a participant profile; the API is anonymous.
  if (parsed.data.sort === "match") {
    return apiError(400, "Invalid request: check sort.", [{ path: "sort", message: translateKey("search.invalid.sortMatch") }]);
  }
  return Response.json(offerSearchJson(await searchOffers(parsed.data)));
});

/** POST /api/v1/offers — a company user's new offer (a draft; `"publish": true` publishes it too). 201 with the offer. */
export const POST = authedApi("manage:offer:own", (request, { user }) => saveOfferFromApi(request, user, null, 201));

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
