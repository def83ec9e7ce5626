import { z } from "zod";
import { optionalParam, pageParam } from "./admin-params";

// The administrator's view of the job queue (/admin/jobs) and its retry buttons.

export const JOB_STATUSES = ["PENDING", "RUNNING", "FAILED", "DONE"] as const;
export type JobStatusFilter = (typeof JOB_STATUSES)[number];

/** `/admin/jobs?status=&page=`; without a status the list shows what needs attention (failed first). */
export const JOB_LIST_KEYS = ["status", "page"] as const;
export const jobListSchema = z.object({
  status: optionalParam(z.enum(JOB_STATUSES, "adminArea.invalid.jobStatus")),
  page: pageParam,
});
export type JobListParams = z.infer<typeof jobListSchema>;

// Job ids are cuids: lower-case letters and digits.
export const jobRetrySchema = z.object({ jobId: z.string().regex(/^[a-z0-9]{20,40}$/, "errors.generic") });
export const jobRetryAllSchema = z.object({});
