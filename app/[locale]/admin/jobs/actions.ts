"use server";
import { revalidateLocalised } from "@/lib/server/revalidate-localised";
import { authedAction } from "@/lib/server/action";
import { retryAllFailedJobs, retryJob } from "@/lib/server/services/jobs-admin";
import { jobRetryAllSchema, jobRetrySchema } from "@/lib/validation/admin-jobs";

export const retryJobAction = authedAction({
  schema: jobRetrySchema,
  permission: "manage:jobs:any",
  async handler({ jobId }, user) {
    const { retried } = await retryJob(user, jobId);
    revalidateLocalised("/admin/jobs");
    return { ok: true, message: retried ? "adminArea.jobs.retried" : "adminArea.jobs.notFailed" };
  },
});

export const retryAllFailedJobsAction = authedAction({
  schema: jobRetryAllSchema,
  permission: "manage:jobs:any",
  async handler(_input, user) {
    const { retried } = await retryAllFailedJobs(user);
    revalidateLocalised("/admin/jobs");
    return { ok: true, message: retried > 0 ? "adminArea.jobs.retriedAll" : "adminArea.jobs.noneFailed" };
  },
});
