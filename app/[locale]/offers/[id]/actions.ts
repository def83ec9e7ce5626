"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { applySchema } from "@/lib/validation/application";
import { applyToOffer } from "@/lib/server/services/application/student";

export const applyAction = authedAction({
  schema: applySchema,
  permission: "apply:offer:own",
  async handler(input, user) {
    const application = await applyToOffer(user, input);
    // The dashboard and My applications list it (the offer page's panel reloads itself: it is a client island).
    revalidateLocalised("/student", "layout");
    return { ok: true, message: "apply.done", data: { applicationId: application.id } };
  },
});
