"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { withdrawSchema } from "@/lib/validation/application";
import { withdrawApplication } from "@/lib/server/services/student-applications";

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
