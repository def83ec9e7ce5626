import "server-only";
import type { Job } from "@/generated/prisma/client";
import { deliverMail } from "../mail";
import { runAccountErasure } from "../services/account-erasure";
import { runDataExport } from "../services/data-export";
import { prisma } from "../db";
import { runRetention } from "../services/retention/service";
import { runSearchAlerts } from "../services/search-alerts";
import { RETENTION_INTERVAL_MS, scheduleRetention, type JobPayloads } from "./queue";

// What each kind of job does. A handler throws to have the job retried; it must be safe to run
// twice (a worker can die between the work and marking it done).

export async function runJobHandler(job: Job): Promise<void> {
  switch (job.kind) {
    case "mail":
      // The job id is the Message-ID: a receiving server can drop a second copy after a retry.
      await deliverMail(job.payload as JobPayloads["mail"], `<${job.id}@dot-portal>`);
      return;
    case "search-alerts": {
      const run = await runSearchAlerts();
      if (run.failed > 0) throw new Error(`${run.failed} of ${run.checked} saved searches failed`);
      return;
    }
    case "data-export":
      await runDataExport((job.payload as JobPayloads["data-export"]).exportId, job);
      return;
    case "account-erasure":
      await runAccountErasure((job.payload as JobPayloads["account-erasure"]).userId);
      return;
    case "retention":
      // The next run is queued first, so a pass that fails (and is retried) never ends the schedule.
      await scheduleRetention(prisma, new Date(Date.now() + RETENTION_INTERVAL_MS));
      await runRetention();
      return;
    default:
      throw new Error(`unknown job kind "${job.kind}"`);
  }
}
