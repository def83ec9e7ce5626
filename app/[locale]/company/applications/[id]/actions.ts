"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
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
