"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { applySchema } from "@/lib/validation/application";
import { applyToOffer } from "@/lib/server/services/student-applications";

export const applyAction = authedAction({
  schema: applySchema,
  permission: "apply:offer:own",
  async handler(input, user) {
    const application = await applyToOffer(user, input);
    // The offer page now shows "You applied on …"; the dashboard and My applications list it.
    revalidateLocalised(`/offers/${input.offerId}`);
    revalidateLocalised("/student", "layout");
    return { ok: true, message: "apply.done", data: { applicationId: application.id } };
  },
});
