// Mail through an SMTP outage and an instance kill, no mail lost and none sent twice.
// The SMTP sink (scripts/scale-out/smtp-sink.mjs) refuses connections at first. The demo student
// and the demo company write messages on their applications through the JSON API (each one
// mails the other side: lib/server/services/application/messages.ts); half-way, one instance
// is killed with SIGKILL. Then the sink starts listening, and once the Job table holds no
// pending or running mail job, every mail job's Message-ID (<job-id@dot-portal>) must have
// arrived exactly once. Saved-search alerts too: six students get a saved search with alerts on,
// and three "search-alerts" jobs are queued at once (as three racing publications would queue
// them); each student must get exactly one alert mail (lib/server/services/search-alerts.ts).
//   node scripts/scale-out/mail-run.mjs --kill-pid 1234 --sink-pid 999 --sink-out mails.jsonl --per-side 20
import { existsSync, readFileSync } from "node:fs";
import { BASE, COMPANY, mustSignIn, option, pool, request, sleep, STUDENT, withDb } from "./common.mjs";

const killPid = Number(option("--kill-pid"));
const sinkPid = Number(option("--sink-pid"));
const sinkOut = option("--sink-out");
const perSide = Number(option("--per-side", "20"));
const drainSeconds = Number(option("--drain-timeout", "600"));
if (!killPid || !sinkPid || !sinkOut) throw new Error("--kill-pid, --sink-pid and --sink-out are required");

const OPEN = `('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`; // lib/domain/application-messages.ts isThreadOpen
const APPLICANT_SIDE = `SELECT a.id FROM "Application" a JOIN "ParticipantProfile" p ON p.id = a."participantId" JOIN "User" u ON u.id = p."userId" WHERE u.email = $1 AND a.status IN ${OPEN} ORDER BY a.id`;
const HOST_SIDE = `SELECT a.id FROM "Application" a JOIN "Offer" o ON o.id = a."offerId" JOIN "User" u ON u."hostOrganisationId" = o."hostId" WHERE u.email = $1 AND a.status IN ${OPEN} ORDER BY a.id`;

const ALERT_SEARCHES = 6;
const ALERT_JOBS = 3;

/** Saved searches with alerts on (all offers published since 15 November: the seed has some). */
async function prepareAlerts(db) {
  const students = (
    await db.query(`SELECT id, email FROM "User" WHERE role = 'STUDENT' AND "deletedAt" IS NULL AND email <> $1 ORDER BY id LIMIT $2`, [
      STUDENT,
      ALERT_SEARCHES,
    ])
  ).rows;
  for (const [i, s] of students.entries()) {
    await db.query(
      `INSERT INTO "SavedSearch" (id, "userId", name, query, "alertsOn", "createdAt") VALUES ($1, $2, 'Scale-out alert', '', true, '2026-11-15T00:00:00Z')`,
      [`scale-out-search-${i}`, s.id],
    );
  }
  return students.map((s) => s.email);
}

const queueAlertJobs = (db) =>
  db.query(
    `INSERT INTO "Job" (id, kind, payload, status, attempts, "maxAttempts", "runAt", "createdAt", "updatedAt")
     SELECT 'scale-out-alerts-' || n, 'search-alerts', '{}', 'PENDING', 0, 12, now(), now(), now() FROM generate_series(1, ${ALERT_JOBS}) n`,
  );

const sinkLines = () =>
  existsSync(sinkOut)
    ? readFileSync(sinkOut, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

/** Mail jobs created since `since`, counted per status. */
const mailJobs = (db, since) =>
  db.query(`SELECT status, count(*)::int AS n, max(attempts) AS attempts FROM "Job" WHERE kind = 'mail' AND "createdAt" >= $1 GROUP BY status`, [since]);
const describe = (rows) => rows.map((r) => `${r.status} ${r.n}`).join(", ") || "none";

const { since, studentApps, hostApps, alertRecipients } = await withDb(async (db) => ({
  since: (await db.query(`SELECT now() AS t`)).rows[0].t,
  studentApps: (await db.query(APPLICANT_SIDE, [STUDENT])).rows.map((r) => r.id),
  hostApps: (await db.query(HOST_SIDE, [COMPANY])).rows.map((r) => r.id),
  alertRecipients: await prepareAlerts(db),
}));
if (!studentApps.length || !hostApps.length) throw new Error("the demo student or company has no open application: is the database seeded?");
const sessions = { student: await mustSignIn(STUDENT), company: await mustSignIn(COMPANY) };
const receivedBefore = sinkLines().length;

// 2 × perSide messages, alternating sides, 4 at a time; the instance dies half-way.
const outcomes = new Map();
let sent = 0;
let killedAfter = null;
await pool(2 * perSide, 4, async (i) => {
  const side = i % 2 === 0 ? "student" : "company";
  const apps = side === "student" ? studentApps : hostApps;
  const id = apps[Math.floor(i / 2) % apps.length];
  let outcome;
  try {
    const r = await request(`/api/v1/applications/${id}/messages`, {
      method: "POST",
      headers: { cookie: sessions[side], origin: BASE, "content-type": "application/json" },
      body: JSON.stringify({ body: `Scale-out test message ${i + 1} from the ${side}.` }),
    });
    outcome = `HTTP ${r.status}`;
  } catch (error) {
    outcome = error.code ?? "socket error";
  }
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  if (++sent === perSide && killedAfter === null) {
    await withDb(queueAlertJobs);
    process.kill(killPid, "SIGKILL");
    killedAfter = sent;
  }
});

const during = await withDb(async (db) => ({
  messages: (await db.query(`SELECT count(*)::int AS n FROM "ApplicationMessage" WHERE "createdAt" >= $1`, [since])).rows[0].n,
  jobs: (await mailJobs(db, since)).rows,
}));
console.log(
  `  ${2 * perSide} POST /api/v1/applications/{id}/messages (student and company alternating, 4 at a time); instance pid ${killPid} killed (SIGKILL) after ${killedAfter}`,
);
console.log(`  ${ALERT_JOBS} search-alerts jobs queued at once just before the kill, for ${alertRecipients.length} saved searches with alerts on`);
console.log(`  answers: ${[...outcomes].map(([k, n]) => `${k} × ${n}`).join(", ")}`);
console.log(
  `  messages stored: ${during.messages}; mail jobs while SMTP refuses: ${describe(during.jobs)}; mails received: ${sinkLines().length - receivedBefore}`,
);

await sleep(3000); // a few failed deliveries while the SMTP server is down
const retrying = await withDb((db) => mailJobs(db, since));
console.log(`  3 s later, still refusing: ${describe(retrying.rows)} (most attempts on one job: ${Math.max(0, ...retrying.rows.map((r) => r.attempts))})`);

process.kill(sinkPid, "SIGUSR1");
const opened = Date.now();
console.log("  SMTP sink now listening; waiting until no mail job is pending or running …");
let rows = [];
for (;;) {
  rows = (await withDb((db) => mailJobs(db, since))).rows;
  const open = rows.filter((r) => r.status === "PENDING" || r.status === "RUNNING").reduce((n, r) => n + r.n, 0);
  const waited = Math.round((Date.now() - opened) / 1000);
  if (open === 0) break;
  if (waited > drainSeconds) {
    console.log(`  ✗ still ${open} open mail job(s) after ${drainSeconds} s: ${describe(rows)}`);
    break;
  }
  if (waited > 0 && waited % 15 === 0) console.log(`    ${waited} s: ${describe(rows)}`);
  await sleep(1000);
}
console.log(`  queue drained ${((Date.now() - opened) / 1000).toFixed(0)} s after the SMTP server came back: ${describe(rows)}`);

const jobIds = (await withDb((db) => db.query(`SELECT id FROM "Job" WHERE kind = 'mail' AND "createdAt" >= $1`, [since]))).rows.map((r) => r.id);
const received = sinkLines().slice(receivedBefore);
const ids = received.map((m) => m.messageId);
const distinct = new Set(ids);
const lost = jobIds.filter((id) => !distinct.has(`<${id}@dot-portal>`));
console.log(`  mails enqueued (Job rows of kind mail): ${jobIds.length}`);
console.log(`  mails received:                          ${received.length}`);
console.log(`  distinct Message-IDs:                    ${distinct.size}`);
console.log(`  duplicates (received − distinct):        ${received.length - distinct.size}`);
console.log(`  lost (a job whose Message-ID never came): ${lost.length}`);
// An alert's subject names the saved search, in the recipient's language.
const alerts = alertRecipients.map((email) => received.filter((m) => m.to.includes(email) && m.subject?.includes("Scale-out alert")).length);
const alertJobs = (
  await withDb((db) => db.query(`SELECT status, count(*)::int AS n FROM "Job" WHERE kind = 'search-alerts' AND "createdAt" >= $1 GROUP BY status`, [since]))
).rows;
console.log(`  search-alerts jobs: ${describe(alertJobs)}; alert mails per saved search: ${alerts.join(", ")} (one each expected)`);
const ok = jobIds.length > 0 && lost.length === 0 && received.length === distinct.size && alerts.every((n) => n === 1);
console.log(`  → ${ok ? "✓" : "✗"} every mail delivered once, one alert per saved search`);
