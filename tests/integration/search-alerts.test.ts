import { beforeEach, describe, expect, it, vi } from "vitest";
import { tempOutbox } from "./temp-outbox";

tempOutbox();
process.env.APP_URL = "https://dot.example.eu/";

const { prisma } = await import("@/lib/server/db");
const { mailTransport } = await import("@/lib/server/mail");
const { outboxMessages } = await import("./delivered-mail");
const { drainJobs } = await import("@/lib/server/jobs/worker");
const { runSearchAlerts } = await import("@/lib/server/services/search-alerts");
const { createSavedSearch } = await import("@/lib/server/services/saved-searches");
const { publishOffer } = await import("@/lib/server/services/offers");
const { createHostOrganisation, createOffer, createUser } = await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");

const HOUR = 3_600_000;
// Relative to the real clock: the search only finds offers whose deadline has not passed.
const t0 = new Date(Date.now() - 48 * HOUR);
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

let outboxBefore: string[] = [];
beforeEach(async () => {
  await resetDatabase();
  outboxBefore = (await outboxMessages()).map((m) => m.id);
});

/** Mails sent since this test began, oldest first. */
async function newMails() {
  return (await outboxMessages()).filter((m) => !outboxBefore.includes(m.id)).reverse();
}

async function studentWithSearch(query: string, options: { locale?: string; name?: string } = {}) {
  const u = await createUser(prisma, { role: "STUDENT", locale: options.locale ?? "en", name: options.name ?? "Zoë" });
  const user = {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "STUDENT" as const,
    locale: u.locale,
    institutionId: null,
    hostOrganisationId: null,
    emailVerified: true,
    mustChangePassword: false,
  };
  const search = await createSavedSearch(user, query, options.name ? `${options.name}'s search` : "Dutch traineeships");
  await prisma.savedSearch.update({ where: { id: search.id }, data: { createdAt: t0 } });
  return { user: u, search };
}

async function hostIn(country: string) {
  return createHostOrganisation(prisma, { country, city: country === "NL" ? "Rotterdam" : "Berlin", user: true });
}

describe("saved-search alerts", () => {
  it("mails once about a newly published matching offer, never about a non-matching or older one", async () => {
    const { user, search } = await studentWithSearch("country=NL");
    const nl = await hostIn("NL");
    const de = await hostIn("DE");
    await createOffer(prisma, { hostId: nl.id, title: "Before the search was saved", publishedAt: at(-1) });
    await createOffer(prisma, { hostId: de.id, title: "Berlin data trainee", publishedAt: at(1) });
    const match = await createOffer(prisma, { hostId: nl.id, title: "Rotterdam web trainee", publishedAt: at(1) });

    expect(await runSearchAlerts(at(2))).toEqual({ checked: 1, mailed: 1, failed: 0 });
    const [mail, ...rest] = await newMails();
    expect(rest).toEqual([]);
    expect(mail).toMatchObject({ to: user.email, subject: "1 new traineeship for “Dutch traineeships”" });
    expect(mail!.text).toContain("Rotterdam web trainee");
    expect(mail!.text).toContain(`https://dot.example.eu/en/offers/${match.id}`);
    expect(mail!.text).toContain("https://dot.example.eu/en/offers?country=NL");
    expect(mail!.text).toContain("https://dot.example.eu/en/student/saved");
    expect(mail!.text).not.toContain("Berlin data trainee");
    expect(mail!.text).not.toContain("Before the search was saved");
    expect(mail!.html).toContain(`href="https://dot.example.eu/en/offers/${match.id}"`);
    expect((await prisma.savedSearch.findUniqueOrThrow({ where: { id: search.id } })).lastAlertAt).toEqual(at(2));

    // A second run sends nothing new; a later offer gets a mail of its own.
    expect(await runSearchAlerts(at(3))).toMatchObject({ mailed: 0 });
    await createOffer(prisma, { hostId: nl.id, title: "Rotterdam security trainee", publishedAt: at(4) });
    expect(await runSearchAlerts(at(5))).toMatchObject({ mailed: 1 });
    const mails = await newMails();
    expect(mails).toHaveLength(2);
    expect(mails[1]!.text).toContain("Rotterdam security trainee");
    expect(mails[1]!.text).not.toContain("Rotterdam web trainee");
  });

  it("a search for staff offers (docs/domain.md §3a) alerts about offers for staff only", async () => {
    const { search } = await studentWithSearch("for=staff&country=NL");
    expect(search.query).toBe("country=NL&for=staff");
    const nl = await hostIn("NL");
    await createOffer(prisma, { hostId: nl.id, title: "Rotterdam student trainee", publishedAt: at(1) });
    await createOffer(prisma, {
      hostId: nl.id,
      title: "Rotterdam job shadowing for staff",
      publishedAt: at(1),
      forStudents: false,
      forStaff: true,
      durationMinMonths: 1,
      durationMaxMonths: 1,
      durationMinDays: 5,
      durationMaxDays: 30,
    });
    expect(await runSearchAlerts(at(2))).toMatchObject({ mailed: 1 });
    const [mail] = await newMails();
    expect(mail!.text).toContain("Rotterdam job shadowing for staff");
    expect(mail!.text).not.toContain("Rotterdam student trainee");
    expect(mail!.text).toContain("https://dot.example.eu/en/offers?country=NL&for=staff");
  });

  it("concurrent runs send one mail", async () => {
    await studentWithSearch("country=NL");
    await createOffer(prisma, { hostId: (await hostIn("NL")).id, publishedAt: at(1) });
    const runs = await Promise.all([runSearchAlerts(at(2)), runSearchAlerts(at(2)), runSearchAlerts(at(2.5))]);
    expect(runs.reduce((sum, r) => sum + r.mailed, 0)).toBe(1);
    expect(await newMails()).toHaveLength(1);
  });

  it("alerts after a real publish, in the student's language, and not for alerts turned off or deleted users", async () => {
    const { user } = await studentWithSearch("q=developer", { locale: "nl", name: "Daan" });
    const off = await studentWithSearch("q=developer", { name: "Off" });
    await prisma.savedSearch.update({ where: { id: off.search.id }, data: { alertsOn: false } });
    const gone = await studentWithSearch("q=developer", { name: "Gone" });
    await prisma.user.update({ where: { id: gone.user.id }, data: { deletedAt: at(0) } });

    const host = await hostIn("NL");
    const company = host.users[0]!;
    const draft = await createOffer(prisma, { hostId: host.id, status: "DRAFT", publishedAt: null, title: "Junior developer (React)" });
    await publishOffer(
      {
        id: company.id,
        email: company.email,
        name: company.name,
        role: "COMPANY",
        locale: "en",
        institutionId: null,
        hostOrganisationId: host.id,
        emailVerified: true,
        mustChangePassword: false,
      },
      draft.id,
      at(1),
    );
    // The publication queued the alert run in its own transaction.
    expect(await prisma.job.count({ where: { kind: "search-alerts", status: "PENDING" } })).toBe(1);

    expect(await runSearchAlerts(at(2))).toEqual({ checked: 1, mailed: 1, failed: 0 });
    const [mail] = await newMails();
    expect(mail).toMatchObject({ to: user.email, subject: "1 nieuwe stage voor „Daan's search”" });
    expect(mail!.text).toMatch(/^Hallo Daan,/);
    expect(mail!.html).toContain('lang="nl"');
  });

  it("lists at most 10 offers and says how many more there are", async () => {
    await studentWithSearch("country=NL");
    const host = await hostIn("NL");
    for (let i = 0; i < 12; i++) await createOffer(prisma, { hostId: host.id, title: `Trainee ${String(i).padStart(2, "0")}`, publishedAt: at(1 + i / 100) });
    await runSearchAlerts(at(2));
    const [mail] = await newMails();
    expect(mail!.subject).toBe("12 new traineeships for “Dutch traineeships”");
    expect(mail!.text.match(/^• /gm)).toHaveLength(10);
    expect(mail!.text).toContain("Trainee 11"); // newest first
    expect(mail!.text).not.toContain("Trainee 01");
    expect(mail!.text).toContain("And 2 more offers.");
  });

  it("a mail the SMTP server refuses stays queued and goes out on the retry, once", async () => {
    await studentWithSearch("country=NL");
    await createOffer(prisma, { hostId: (await hostIn("NL")).id, publishedAt: at(1) });
    expect(await runSearchAlerts(at(2))).toMatchObject({ mailed: 1, failed: 0 });
    const send = vi.spyOn(mailTransport(), "send").mockRejectedValueOnce(new Error("SMTP down"));
    await drainJobs();
    send.mockRestore();
    const job = await prisma.job.findFirstOrThrow({ where: { kind: "mail" } });
    expect(job).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error: SMTP down" });
    // A second alert run does not mail the same window again.
    expect(await runSearchAlerts(at(3))).toMatchObject({ mailed: 0 });
    await drainJobs({ now: () => new Date(job.runAt.getTime() + 1) });
    expect(await newMails()).toHaveLength(1);
  });
});
