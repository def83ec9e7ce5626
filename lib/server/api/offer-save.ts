import "server-only";
import { offerApiSchema } from "@/lib/validation/offer";
import { apiError, parseJsonBody, translateKey } from "../api";
import type { CurrentUser } from "../auth/session";
import { ExpectedError } from "../errors";
import { publishOffer, saveOffer } from "../services/offers";
import { ownOfferJson } from "./offer-json";

/**
 * POST /api/v1/offers and PUT /api/v1/offers/{id}: the editor's pipeline (the same schema and
 * service) for a JSON body. A refusal the user can act on names its field, as the form does.
 */
export async function saveOfferFromApi(request: Request, user: CurrentUser, offerId: string | null, status: 200 | 201) {
  const body = await parseJsonBody(request, offerApiSchema);
  if ("response" in body) return body.response;
  const { offerId: _ignored, intent, ...input } = body.data;
  try {
    let offer = await saveOffer(user, offerId, input);
    if (intent === "publish") {
      offer = await publishOffer(user, offer.id);
    }
    return Response.json(ownOfferJson(offer), { status });
  } catch (error) {
    if (error instanceof ExpectedError && error.field) {
      const message = translateKey(error.key);
      return apiError(error.status, message, [{ path: error.field, message }]);
    }
    throw error;
  }
}
