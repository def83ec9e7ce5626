// Mail is a job (lib/server/jobs): a service only queues it. What a recipient has received is the
// outbox after a worker ran every due job — which this runs first, as the in-process worker would.
export async function outboxMessages() {
  const { drainJobs } = await import("@/lib/server/jobs/worker");
  await drainJobs();
  const mail = await import("@/lib/server/mail");
  return mail.outboxMessages();
}
