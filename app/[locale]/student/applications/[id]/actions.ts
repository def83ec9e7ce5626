"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/server/action";
import { withdrawSchema } from "@/lib/validation/application";
import { withdrawApplication } from "@/lib/server/services/student-applications";

export const withdrawAction = authedAction({
  schema: withdrawSchema,
  permission: "apply:offer:own",
  async handler(input, user) {
    const application = await withdrawApplication(user, input.applicationId, input.reason);
    revalidatePath("/student", "layout");
    revalidatePath(`/offers/${application.offerId}`);
    return { ok: true, message: "myApplications.withdrawn" };
  },
});
