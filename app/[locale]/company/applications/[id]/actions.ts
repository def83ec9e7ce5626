"use server";
import { localeRedirect } from "@/i18n/redirect";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { sendMessageFromForm } from "@/lib/server/services/application/messages";
import { messageSchema } from "@/lib/validation/application-message";
import { decisionSchema } from "@/lib/validation/application-decision";
import { releaseSchema, reproposeSchema } from "@/lib/validation/placement-lifecycle";
import { decideApplication } from "@/lib/server/services/application/host";
import { releasePlace, reproposePlacement } from "@/lib/server/services/placement/lifecycle";

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

/** The forms are gone once the step is taken, so the page shows the answer from `?step=`. */
async function stepDone(applicationId: string, step: "repropose" | "release"): Promise<never> {
  revalidateLocalised("/company", "layout");
  revalidateLocalised("/office", "layout");
  return localeRedirect(`/company/applications/${applicationId}?step=${step}`);
}

export const reproposeAction = authedAction({
  schema: reproposeSchema,
  permission: "decide:application:own",
  async handler(input, user) {
    await reproposePlacement(user, input);
    return stepDone(input.applicationId, "repropose");
  },
});

export const releaseAction = authedAction({
  schema: releaseSchema,
  permission: "decide:application:own",
  async handler(input, user) {
    await releasePlace(user, input);
    return stepDone(input.applicationId, "release");
  },
});
