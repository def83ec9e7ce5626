"use server";
import { localeRedirect } from "@/i18n/redirect";
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
    // The retried job leaves the failed rows (and its form with them): the page says what happened.
    return localeRedirect(`/admin/jobs?done=${retried ? "retried" : "notFailed"}`);
  },
});

export const retryAllFailedJobsAction = authedAction({
  schema: jobRetryAllSchema,
  permission: "manage:jobs:any",
  async handler(_input, user) {
    const { retried } = await retryAllFailedJobs(user);
    revalidateLocalised("/admin/jobs");
    return localeRedirect(`/admin/jobs?done=${retried > 0 ? "retriedAll" : "noneFailed"}`);
  },
});
