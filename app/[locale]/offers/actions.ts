"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { saveOfferForUser, unsaveOfferForUser } from "@/lib/server/services/saved-offers";
import { createSavedSearch } from "@/lib/server/services/saved-searches";
import { saveSearchSchema, savedOfferToggleSchema } from "@/lib/validation/saved";

/** Save or un-save an offer (the form says which); both are idempotent. */
export const toggleSavedOfferAction = authedAction({
  schema: savedOfferToggleSchema,
  permission: "save:offer:own",
  async handler({ offerId, save }, user) {
    if (save) await saveOfferForUser(user, offerId);
    else await unsaveOfferForUser(user, offerId);
    // The cached offer page is the same for everyone (the button is a client island): only the list changes.
    revalidateLocalised("/student/saved");
    return { ok: true, message: save ? "saved.offerSavedMessage" : "saved.offerRemovedMessage", data: { saved: save ? "1" : "0" } };
  },
});

/** Saves the current /offers search (validated and normalised by the service) with alerts on. */
export const saveSearchAction = authedAction({
  schema: saveSearchSchema,
  permission: "save:offer:own",
  async handler({ query, name }, user) {
    const search = await createSavedSearch(user, query, name);
    revalidateLocalised("/student/saved");
    return { ok: true, message: "saved.searchSaved", data: { searchId: search.id } };
  },
});
