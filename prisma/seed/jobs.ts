import type { SeedDb } from "./db";

// One mail in the demo data that used up its attempts during an SMTP outage, so the
// administrator's page of jobs (/admin/jobs) shows what a failed job looks like and its retry
// can be tried: with the default outbox transport the retried mail lands in /dev/outbox.
export const SEED_FAILED_MAIL_JOB_ID = "seedfailedmailjob0001";
export const SEED_FAILED_MAIL_SUBJECT = "New message about “Junior data analyst (Python, SQL)”";

export async function seedDemoJobs(db: SeedDb, referenceDate: Date): Promise<number> {
  if (await db.job.findUnique({ where: { id: SEED_FAILED_MAIL_JOB_ID }, select: { id: true } })) return 0;
  const failedAt = new Date(referenceDate.getTime() - 2 * 86_400_000);
  await db.job.create({
    data: {
      id: SEED_FAILED_MAIL_JOB_ID,
      kind: "mail",
      status: "FAILED",
      attempts: 12,
      maxAttempts: 12,
      payload: {
        to: "company@demo.dot-portal.eu",
        subject: SEED_FAILED_MAIL_SUBJECT,
        text: "Hello Pieter de Graaf,\n\nZoë Van den Broeck wrote to you about “Junior data analyst (Python, SQL)”. Read and answer it in the DOT Portal.\n\nDOT Portal",
      },
      lastError: "Error: connect ECONNREFUSED 192.0.2.25:587",
      createdAt: new Date(failedAt.getTime() - 6 * 3_600_000),
      runAt: failedAt,
      finishedAt: failedAt,
    },
  });
  return 1;
}
