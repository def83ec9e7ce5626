"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { localeRedirect } from "@/i18n/redirect";
import { getTranslations } from "next-intl/server";
import { authedAction } from "@/lib/server/action";
import { offerIdSchema, offerSchema } from "@/lib/validation/offer";
import { closeOffer, deleteDraftOffer, duplicateOffer, publishOffer, saveOffer } from "@/lib/server/services/offers";

export const saveOfferAction = authedAction({
  schema: offerSchema,
  permission: "manage:offer:own",
  async handler({ offerId, intent, ...input }, user) {
    const offer = await saveOffer(user, offerId, input);
    // Publishing re-checks on the server; a refusal is shown next to the tasks, the draft stays saved.
    if (intent === "publish") {
      await publishOffer(user, offer.id);
    }
    revalidateLocalised("/company", "layout");
    if (!offerId) await localeRedirect(`/company/offers/${offer.id}?saved=${intent}`);
    return { ok: true, message: intent === "publish" ? "offerEditor.published" : "offerEditor.saved" };
  },
});

export const closeOfferAction = authedAction({
  schema: offerIdSchema,
  permission: "manage:offer:own",
  async handler({ offerId }, user) {
    await closeOffer(user, offerId);
    revalidateLocalised("/company", "layout");
    return { ok: true, message: "offerEditor.closed" };
  },
});

export const duplicateOfferAction = authedAction({
  schema: offerIdSchema,
  permission: "manage:offer:own",
  async handler({ offerId }, user) {
    const t = await getTranslations("offerEditor");
    const copy = await duplicateOffer(user, offerId, t("copySuffix"));
    revalidateLocalised("/company", "layout");
    await localeRedirect(`/company/offers/${copy.id}`);
  },
});

export const deleteDraftOfferAction = authedAction({
  schema: offerIdSchema,
  permission: "manage:offer:own",
  async handler({ offerId }, user) {
    await deleteDraftOffer(user, offerId);
    revalidateLocalised("/company", "layout");
    await localeRedirect("/company?deleted=1");
  },
});
