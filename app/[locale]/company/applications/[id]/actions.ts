"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { sendMessageFromForm } from "@/lib/server/services/application-messages";
import { messageSchema } from "@/lib/validation/application-message";
import { decisionSchema } from "@/lib/validation/application-decision";
import { decideApplication } from "@/lib/server/services/applications";

export const decideApplicationAction = authedAction({
  schema: decisionSchema,
  permission: "decide:application:own",
  async handler(input, user) {
    await decideApplication(user, input);
    revalidateLocalised("/company", "layout");
    return { ok: true, message: `applicants.done.${input.decision}` };
  },
});

export const sendMessageAction = authedAction({
  schema: messageSchema,
  permission: "write:application-thread:own",
  handler: (input, user) => sendMessageFromForm(user, input, `/company/applications/${input.applicationId}`),
});
