"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { decisionSchema } from "@/lib/validation/application-decision";
import { decideApplication } from "@/lib/server/services/applications";

export const decideApplicationAction = authedAction({
  schema: decisionSchema,
  permission: "decide:application:own",
  async handler(input, user) {
    await decideApplication(user, input);
    revalidatePath("/company", "layout");
    return { ok: true, message: `applicants.done.${input.decision}` };
  },
});
