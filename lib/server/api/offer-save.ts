import "server-only";
import { type OfferInput, offerApiSchema } from "@/lib/validation/offer";
import { type ApiInput, apiError, jsonBody } from "./handlers";
import type { CurrentUser } from "../auth/session";
import { publishOffer, saveOffer } from "../services/offers";
import { ownOfferJson } from "./offer-json";

/**
 * The body of POST /api/v1/offers and PUT /api/v1/offers/{id}: the editor's schema for a JSON body.
 * With `idFromUrl`, an id that cannot be an offer's is 404 before the body is read.
 */
export function offerBody({ idFromUrl = false }: { idFromUrl?: boolean } = {}): ApiInput<OfferInput> {
  const body = jsonBody(offerApiSchema);
  return (request, params) => {
    const id = params.id;
    if (idFromUrl && (!id || id.length > 64)) return { ok: false, answer: apiError(404, "No offer with this id.") };
    return body(request, params);
  };
}

/**
 * The editor's pipeline (the same service) for the API: saves, and publishes with `"intent": "publish"`.
 * A refusal the user can act on names its field, as the form does (the pipeline's error mapping).
 */
export async function saveOfferFromApi(user: CurrentUser, offerId: string | null, body: OfferInput) {
  const { offerId: _ignored, intent, ...input } = body;
  let offer = await saveOffer(user, offerId, input);
  if (intent === "publish") {
    offer = await publishOffer(user, offer.id);
  }
  return ownOfferJson(offer);
}
