import { parseOfferSearch } from "@/lib/validation/offer-search";
import { offerBody } from "@/lib/server/api/offer-save";
import { apiError, authedApi, methodNotAllowed, publicApi, queryInput, translateKey } from "@/lib/server/api/handlers";
import { saveOfferFromApi } from "@/lib/server/api/offer-save";
import { searchOffers } from "@/lib/server/services/offer-search/service";
import { offerSearchJson } from "@/lib/server/api/offer-json";

/** GET /api/v1/offers?q=&country=&category=&language=&for=&remote=&duration=&start=&paid=&sort=&page=&pageSize= — published, open offers. */
export const GET = publicApi({
  input: queryInput(parseOfferSearch),
  async handler(search) {
    // Ranking by match needs a participant profile; the API is anonymous.
    if (search.sort === "match") {
      return apiError(400, "Invalid request: check sort.", [{ path: "sort", message: translateKey("search.invalid.sortMatch") }]);
    }
    return Response.json(offerSearchJson(await searchOffers(search)));
  },
});

/** POST /api/v1/offers — a company user's new offer (a draft; `"publish": true` publishes it too). 201 with the offer. */
export const POST = authedApi("manage:offer:own", {
  input: offerBody(),
  handler: async (input, { user }) => Response.json(await saveOfferFromApi(user, null, input), { status: 201 }),
});

export const PUT = methodNotAllowed(["GET", "POST"]);
export const PATCH = PUT;
export const DELETE = PUT;
