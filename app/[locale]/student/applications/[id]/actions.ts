"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { sendMessageFromForm } from "@/lib/server/services/application/messages";
import { messageSchema } from "@/lib/validation/application-message";
import { withdrawSchema } from "@/lib/validation/application";
import { withdrawApplication } from "@/lib/server/services/application/student";
import { localeRedirect } from "@/i18n/redirect";
import { cancelSchema } from "@/lib/validation/placement-lifecycle";
import { cancelPlacementAsStudent } from "@/lib/server/services/placement/lifecycle";

export const withdrawAction = authedAction({
  schema: withdrawSchema,
  permission: "apply:offer:own",
  async handler(input, user) {
    const application = await withdrawApplication(user, input.applicationId, input.reason);
    revalidateLocalised("/student", "layout");
    revalidateLocalised(`/offers/${application.offerId}`);
    return { ok: true, message: "myApplications.withdrawn" };
  },
});

export const sendMessageAction = authedAction({
  schema: messageSchema,
  permission: "write:application-thread:own",
  handler: (input, user) => sendMessageFromForm(user, input, `/student/applications/${input.applicationId}`),
});

/** The participant cancels their approved placement; the page shows the answer from `?step=`. */
export const cancelPlacementAction = authedAction({
  schema: cancelSchema,
  permission: "apply:offer:own",
  async handler(input, user) {
    await cancelPlacementAsStudent(user, input);
    revalidateLocalised("/student", "layout");
    revalidateLocalised("/company", "layout");
    revalidateLocalised("/office", "layout");
    return localeRedirect(`/student/applications/${input.applicationId}?step=cancel`);
  },
});
