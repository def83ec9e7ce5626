import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { tempOutbox } from "./temp-outbox";

// Applying mails the host: this file gets its own outbox (read at import, so imports follow).
tempOutbox();
const { prisma } = await import("@/lib/server/db");
const { NotFoundError } = await import("@/lib/server/errors");
const { readCv, storeCv } = await import("@/lib/server/files/cv");
const { outboxMessages } = await import("./delivered-mail");
const { decideApplication } = await import("@/lib/server/services/application/host");
const { estimateGrantForOffer } = await import("@/lib/server/services/grant-estimates");
const { getOfferViewer, getPublishedOfferPage, readDotCheck } = await import("@/lib/server/services/offer-page");
const { applyToOffer, getMyApplication, listMyApplications, withdrawApplication } = await import("@/lib/server/services/application/student");
const { decisionSchema } = await import("@/lib/validation/application-decision");
const { applySchema, MOTIVATION_MAX, MOTIVATION_MIN } = await import("@/lib/validation/application");
const { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createUser } = await import("@/prisma/seed/factories");
const { resetDatabase } = await import("./reset");
const { clearStoredFiles, storedFileNames: storedFiles } = await import("./stored-files");

beforeEach(async () => {
  await resetDatabase();
  // Start each test with no CVs, in whichever store FILE_STORE names.
  await clearStoredFiles();
});

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const today = utc("2027-01-10");
const MOTIVATION = "I build web applications in TypeScript and React at university and want to practise them in a real product team abroad. ".repeat(2);

const pdf = async (name = "my cv.pdf") => new File([await readFile(path.resolve("tests/fixtures/files/cv.pdf"))], name, { type: "application/pdf" });
const png = async () => new File([await readFile(path.resolve("tests/fixtures/files/image-renamed.pdf"))], "cv.pdf", { type: "application/pdf" });

const asUser = (u: { id: string; email: string; name: string }, role: CurrentUser["role"], extra: Partial<CurrentUser> = {}): CurrentUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role,
  locale: "en",
  institutionId: null,
  hostOrganisationId: null,
  emailVerified: true,
  mustChangePassword: false,
  ...extra,
});

async function student(institutionCountry = "BE") {
  const institution = await createInstitution(prisma, { country: institutionCountry });
  const participant = await createParticipant(prisma, { institutionId: institution.id });
  return { participant, institution, user: asUser(participant.user, "STUDENT") };
}

async function host(country = "NL") {
  const h = await createHostOrganisation(prisma, { country, city: "Utrecht", user: true });
  return { host: h, user: asUser(h.users[0]!, "COMPANY", { hostOrganisationId: h.id }) };
}

async function openOffer(overrides: NonNullable<Parameters<typeof createOffer>[1]> = {}) {
  const { host: h } = await host();
  return createOffer(prisma, {
    hostId: h.id,
    status: "PUBLISHED",
    earliestStart: utc("2027-03-01"),
    latestEnd: utc("2027-12-31"),
    applicationDeadline: utc("2027-02-01"),
    ...overrides,
  });
}

const input = async (offerId: string, patch: Record<string, unknown> = {}) =>
  applySchema.parse({ offerId, motivation: MOTIVATION, cvSource: "upload", cv: await pdf(), ...patch });

describe("applyToOffer", () => {
  it("creates one SUBMITTED application with its own stored CV, audited, visible on the offer page and in the history", async () => {
    const { user, participant } = await student();
    const offer = await openOffer();
    const mailsBefore = (await outboxMessages()).map((m) => m.id);
    const application = await applyToOffer(user, await input(offer.id), today);

    const row = await prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(row).toMatchObject({
      status: "SUBMITTED",
      participantId: participant.id,
      offerId: offer.id,
      motivation: MOTIVATION.trim(),
      cvFileName: "my cv.pdf",
    });
    expect(await readCv(row.cvFile!)).toEqual(await readFile(path.resolve("tests/fixtures/files/cv.pdf")));
    expect(await prisma.auditEvent.findMany({ where: { entityId: application.id }, select: { verb: true, actorId: true } })).toEqual([
      { verb: "application.submit", actorId: user.id },
    ]);

    const viewer = await getOfferViewer(user, await getPublishedOfferPage(offer.id));
    expect(viewer).toMatchObject({ kind: "student", application: { id: application.id, status: "SUBMITTED" }, match: { eligible: true } });
    expect((await getMyApplication(user, application.id)).history.map((h) => h.kind)).toEqual(["submitted"]);
    // Just submitted: the page offers withdrawing, and there is no placement to cancel.
    expect(await getMyApplication(user, application.id)).toMatchObject({ undecided: true, canCancel: false });

    // The host's user is told, with the link to the application.
    const hostUser = await prisma.user.findFirstOrThrow({ where: { hostOrganisationId: offer.hostId } });
    const mails = (await outboxMessages()).filter((m) => !mailsBefore.includes(m.id));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[hostUser.email, `New application for “${offer.title}”`]]);
    expect(mails[0]!.text).toContain(`${participant.user.name} applied for your traineeship`);
    expect(mails[0]!.text).toContain(`/company/applications/${application.id}`);
  });

  it("copies the profile's CV, so the application keeps it even if the profile's CV changes", async () => {
    const { user, participant } = await student();
    const profileCv = await storeCv(await pdf("profile.pdf"));
    await prisma.participantProfile.update({ where: { id: participant.id }, data: { cvFile: profileCv.storedName, cvFileName: profileCv.fileName } });
    const offer = await openOffer();
    const application = await applyToOffer(user, await input(offer.id, { cvSource: "profile", cv: undefined }), today);
    expect(application.cvFile).not.toBe(profileCv.storedName);
    expect(application.cvFileName).toBe("profile.pdf");
    expect(await readCv(application.cvFile!)).toEqual(await readCv(profileCv.storedName));
  });

  it("refuses the profile CV when the profile has none, and writes nothing", async () => {
    const { user } = await student();
    const offer = await openOffer();
    await expect(applyToOffer(user, await input(offer.id, { cvSource: "profile", cv: undefined }), today)).rejects.toMatchObject({
      key: "apply.errors.noProfileCv",
      field: "cvSource",
    });
    expect(await prisma.application.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it.each([
    ["a PNG renamed .pdf", "validation.cvNotPdf", png],
    // Past the form's own check (a crafted request): the store refuses it all the same.
    ["a 6 MB PDF", "validation.cvTooLarge", async () => new File([Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(6 * 1024 * 1024, 0x20)])], "cv.pdf")],
  ])("refuses %s with the CV message, and writes neither an application nor a file", async (_name, key, file) => {
    const { user } = await student();
    const offer = await openOffer();
    const crafted = { offerId: offer.id, motivation: MOTIVATION.trim(), cvSource: "upload" as const, cv: await file() };
    await expect(applyToOffer(user, crafted, today)).rejects.toMatchObject({ key, field: "cv" });
    expect(await prisma.application.count()).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("needs a participant profile", async () => {
    const account = await createUser(prisma, { role: "STUDENT" });
    const offer = await openOffer();
    await expect(applyToOffer(asUser(account, "STUDENT"), await input(offer.id), today)).rejects.toMatchObject({ key: "apply.errors.noProfile" });
    expect(await prisma.application.count()).toBe(0);
  });

  it.each([
    ["a draft", { status: "DRAFT" as const }],
    ["a closed offer", { status: "CLOSED" as const }],
  ])("treats %s as not found", async (_name, overrides) => {
    const { user } = await student();
    const offer = await openOffer(overrides);
    await expect(applyToOffer(user, await input(offer.id), today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPublishedOfferPage(offer.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.application.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("treats a tampered offer id as not found", async () => {
    const { user } = await student();
    await expect(applyToOffer(user, await input("offer-does-not-exist"), today)).rejects.toBeInstanceOf(NotFoundError);
    expect(await storedFiles()).toEqual([]);
  });

  it("accepts on the deadline day and refuses the day after", async () => {
    const { user } = await student();
    const onTime = await openOffer({ applicationDeadline: utc("2027-01-10") });
    await applyToOffer(user, await input(onTime.id), utc("2027-01-10"));
    const late = await openOffer({ applicationDeadline: utc("2027-01-09") });
    await expect(applyToOffer(user, await input(late.id), utc("2027-01-10"))).rejects.toMatchObject({ key: "apply.errors.deadlinePassed" });
    expect(await prisma.application.count()).toBe(1);
  });

  it("allows one application per offer: a second one is refused and writes nothing", async () => {
    const { user } = await student();
    const offer = await openOffer();
    await applyToOffer(user, await input(offer.id), today);
    const files = await storedFiles();
    await expect(applyToOffer(user, await input(offer.id), today)).rejects.toMatchObject({ key: "apply.errors.alreadyApplied", status: 409 });
    expect(await prisma.application.count()).toBe(1);
    expect(await storedFiles()).toEqual(files);
  });

  it("keeps one application when two applies race, and removes the loser's stored CV", async () => {
    const { user } = await student();
    const offer = await openOffer();
    const [a, b] = [await input(offer.id), await input(offer.id)];
    const results = await Promise.allSettled([applyToOffer(user, a, today), applyToOffer(user, b, today)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ key: "apply.errors.alreadyApplied" });
    expect(await prisma.application.count()).toBe(1);
    expect(await prisma.auditEvent.count({ where: { verb: "application.submit" } })).toBe(1);
    const kept = await prisma.application.findFirstOrThrow();
    expect(await storedFiles()).toEqual([kept.cvFile]);
  });
});

describe("applySchema", () => {
  const base = { offerId: "offer-1", motivation: "x".repeat(MOTIVATION_MIN), cvSource: "profile" };
  const issue = (patch: Record<string, unknown>) => {
    const r = applySchema.safeParse({ ...base, ...patch });
    return r.success ? null : r.error.issues.map((i) => [String(i.path[0]), i.message]);
  };

  it("counts the motivation without surrounding blanks: 100 to 4,000 characters", () => {
    expect(issue({})).toBeNull();
    expect(issue({ motivation: `   ${"x".repeat(MOTIVATION_MIN - 1)}   ` })).toEqual([["motivation", "apply.errors.motivationShort"]]);
    expect(issue({ motivation: "" })).toEqual([["motivation", "apply.errors.motivationShort"]]);
    expect(issue({ motivation: undefined })).toEqual([["motivation", "apply.errors.motivationShort"]]);
    expect(issue({ motivation: "x".repeat(MOTIVATION_MAX) })).toBeNull();
    expect(issue({ motivation: "x".repeat(MOTIVATION_MAX + 1) })).toEqual([["motivation", "apply.errors.motivationLong"]]);
  });

  it("needs a known CV source, and a non-empty file of at most 5 MB for an upload", () => {
    expect(issue({ cvSource: "email" })).toEqual([["cvSource", "apply.errors.cvSource"]]);
    expect(issue({ cvSource: "upload" })).toEqual([["cv", "apply.errors.cvRequired"]]);
    // What a browser sends for a file input left empty.
    expect(issue({ cvSource: "upload", cv: new File([], "", { type: "application/octet-stream" }) })).toEqual([["cv", "apply.errors.cvRequired"]]);
    // The same after React decodes a fetch-submitted form: the missing name becomes "undefined".
    expect(issue({ cvSource: "upload", cv: new File([], "undefined") })).toEqual([["cv", "apply.errors.cvRequired"]]);
    expect(issue({ cvSource: "upload", cv: new File([], "cv.pdf") })).toEqual([["cv", "validation.cvEmpty"]]);
    expect(issue({ cvSource: "upload", cv: new File([new Uint8Array(5 * 1024 * 1024 + 1)], "cv.pdf") })).toEqual([["cv", "validation.cvTooLarge"]]);
  });

  it("drops an upload that was not the chosen source", () => {
    const parsed = applySchema.parse({ ...base, cv: new File(["%PDF-1.4"], "cv.pdf") });
    expect(parsed.cv).toBeUndefined();
  });
});

describe("withdrawApplication", () => {
  it("withdraws a submitted application with its reason, once: a second withdrawal changes nothing", async () => {
    const { user } = await student();
    const offer = await openOffer();
    const application = await applyToOffer(user, await input(offer.id), today);
    await withdrawApplication(user, application.id, "I accepted another offer.");
    await withdrawApplication(user, application.id, "Again");
    expect(await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      status: "WITHDRAWN",
      reason: "I accepted another offer.",
    });
    expect(await prisma.auditEvent.count({ where: { verb: "application.withdraw" } })).toBe(1);
    const history = (await getMyApplication(user, application.id)).history;
    expect(history.map((h) => [h.kind, h.reason ?? null])).toEqual([
      ["submitted", null],
      ["withdrawn", "I accepted another offer."],
    ]);
  });

  it("writes one withdrawal when two race", async () => {
    const { user } = await student();
    const offer = await openOffer();
    const application = await applyToOffer(user, await input(offer.id), today);
    const results = await Promise.allSettled([withdrawApplication(user, application.id), withdrawApplication(user, application.id)]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await prisma.auditEvent.count({ where: { verb: "application.withdraw" } })).toBe(1);
  });

  it("withdraws a shortlisted application, but not an accepted or rejected one", async () => {
    const { user, participant } = await student();
    const shortlisted = await createApplication(prisma, { participantId: participant.id, offerId: (await openOffer()).id, status: "SHORTLISTED" });
    await withdrawApplication(user, shortlisted.id);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: shortlisted.id } })).status).toBe("WITHDRAWN");
    for (const status of ["ACCEPTED", "REJECTED"] as const) {
      const decided = await createApplication(prisma, { participantId: participant.id, offerId: (await openOffer()).id, status });
      await expect(withdrawApplication(user, decided.id)).rejects.toMatchObject({ key: "myApplications.errors.decided" });
      expect((await prisma.application.findUniqueOrThrow({ where: { id: decided.id } })).status).toBe(status);
    }
    expect(await prisma.auditEvent.count({ where: { verb: "application.withdraw" } })).toBe(1);
  });
});

describe("another student's application", () => {
  it("is neither readable nor withdrawable, nor listed", async () => {
    const owner = await student();
    const other = await student();
    const offer = await openOffer();
    const application = await applyToOffer(owner.user, await input(offer.id), today);
    await expect(getMyApplication(other.user, application.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(withdrawApplication(other.user, application.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMyApplications(other.user)).items).toEqual([]);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("SUBMITTED");
    // Nor by a company user who happens to know the id.
    await expect(getMyApplication(asUser((await host()).host.users[0]!, "COMPANY"), application.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("history and list", () => {
  it("shows the host's decisions in order, with the reason of a rejection", async () => {
    const { user } = await student();
    const { host: h, user: company } = await host();
    const offer = await createOffer(prisma, {
      hostId: h.id,
      status: "PUBLISHED",
      earliestStart: utc("2027-03-01"),
      latestEnd: utc("2027-12-31"),
      applicationDeadline: utc("2027-02-01"),
    });
    const application = await applyToOffer(user, await input(offer.id), today);
    await decideApplication(company, decisionSchema.parse({ applicationId: application.id, decision: "SHORTLIST" }), today);
    await decideApplication(
      company,
      decisionSchema.parse({ applicationId: application.id, decision: "REJECT", reason: "We chose someone who can start earlier." }),
      today,
    );
    const history = (await getMyApplication(user, application.id)).history;
    expect(history.map((h) => [h.kind, h.reason ?? null])).toEqual([
      ["submitted", null],
      ["shortlisted", null],
      ["rejected", "We chose someone who can start earlier."],
    ]);
  });

  it("gives an application without audit trail (seeded) its submission, decision and placement", async () => {
    const { user, participant } = await student();
    const application = await createApplication(prisma, {
      participantId: participant.id,
      offerId: (await openOffer()).id,
      status: "ACCEPTED",
      createdAt: utc("2026-10-01"),
      decidedAt: utc("2026-10-15"),
    });
    await prisma.placement.create({
      data: {
        applicationId: application.id,
        institutionId: participant.institutionId,
        action: "KA131",
        callYear: 2026,
        startDate: utc("2027-03-01"),
        endDate: utc("2027-07-31"),
        status: "PROPOSED",
        createdAt: utc("2026-10-15"),
      },
    });
    const history = (await getMyApplication(user, application.id)).history;
    expect(history.map((h) => [h.kind, h.at.toISOString().slice(0, 10), h.placementStatus ?? null])).toEqual([
      ["submitted", "2026-10-01", null],
      ["accepted", "2026-10-15", null],
      ["placement", "2026-10-15", "PROPOSED"],
    ]);
  });

  it("pages the list by 20, newest first", async () => {
    const { user, participant } = await student();
    const { host: h } = await host();
    for (let i = 0; i < 21; i++) {
      const offer = await createOffer(prisma, { hostId: h.id, title: `Offer number ${i}` });
      await createApplication(prisma, { participantId: participant.id, offerId: offer.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    }
    const first = await listMyApplications(user, 1);
    expect(first).toMatchObject({ total: 21, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.offer.title).toBe("Offer number 20");
    const second = await listMyApplications(user, 2);
    expect(second.items.map((a) => a.offer.title)).toEqual(["Offer number 0"]);
    expect((await listMyApplications(user, 99)).page).toBe(2);
  });
});

describe("offer page data", () => {
  it("reads the stored DOT check, and recomputes it from the tasks when the stored one is unusable", async () => {
    const offer = await openOffer();
    const page = await getPublishedOfferPage(offer.id);
    expect(page.dotCheck.categories).toContain("software-development");
    expect(page.dotCheck.evidence.some((e) => e.kind === "category" && offer.tasks.includes(e.phrase))).toBe(true);
    expect(readDotCheck({ qualifies: "yes" }, "Build dashboards in Power BI for the sales team.").categories).toEqual(["data-analytics"]);
  });

  it("tells the viewer apart: anonymous, other role, student without profile", async () => {
    const offer = await getPublishedOfferPage((await openOffer()).id);
    expect(await getOfferViewer(null, offer)).toEqual({ kind: "anonymous" });
    expect(await getOfferViewer((await host()).user, offer)).toEqual({ kind: "other-role" });
    const account = await createUser(prisma, { role: "STUDENT" });
    expect(await getOfferViewer(asUser(account, "STUDENT"), offer)).toEqual({ kind: "no-profile" });
  });
});

describe("estimateGrantForOffer", () => {
  const irishOffer = { country: "IE", earliestStart: utc("2027-03-01"), durationMinMonths: 3, durationMaxMonths: 5 };

  it("uses the default KA131 rates of the current call (as the host's accept would), with the traineeship top-up", async () => {
    const { institution } = await student();
    const estimate = await estimateGrantForOffer(
      { institutionId: institution.id, institutionCountry: "BE", fewerOpportunities: false },
      irishOffer,
      utc("2026-11-24"),
    );
    expect(estimate.callYear).toBe(2026);
    expect(
      (await estimateGrantForOffer({ institutionId: institution.id, institutionCountry: "BE", fewerOpportunities: false }, irishOffer, utc("2031-01-01")))
        .callYear,
    ).toBe(2027);
    expect(estimate).toMatchObject({ action: "KA131", countriesFit: true, institutionRates: false });
    // 1 Mar–31 May 2027 = 92 days = 3 months + 2 days; group 1: (540 + 150) × (3 + 2/30).
    expect(estimate.estimates.map((e) => [e.months, e.end, e.days, e.grant?.totalCents])).toEqual([
      [3, "2027-05-31", 92, 162000 + 3600 + 45000 + 1000],
      [5, "2027-07-31", 153, 270000 + 5400 + 75000 + 1500],
    ]);
  });

  it("prefers the institution's own rate and adds the fewer-opportunities top-up", async () => {
    const { institution } = await student();
    await prisma.grantRate.create({
      data: {
        institutionId: institution.id,
        action: "KA131",
        callYear: 2026,
        countryGroup: 1,
        monthlyRateCents: 60000,
        traineeshipTopUpCents: 15000,
        fewerOpportunitiesTopUpCents: 25000,
      },
    });
    const estimate = await estimateGrantForOffer(
      { institutionId: institution.id, institutionCountry: "BE", fewerOpportunities: true },
      { ...irishOffer, durationMaxMonths: 3 },
      utc("2026-11-24"),
    );
    expect(estimate.institutionRates).toBe(true);
    expect(estimate.estimates).toHaveLength(1);
    expect(estimate.estimates[0]!.grant).toMatchObject({
      monthlyRateCents: 60000,
      fullMonths: 3,
      extraDays: 2,
      baseCents: 184000,
      traineeshipTopUpCents: 46000,
      fewerOpportunitiesTopUpCents: 76667,
    });
  });

  it("gives no grant for a host outside the programme", async () => {
    const { institution } = await student();
    const estimate = await estimateGrantForOffer(
      { institutionId: institution.id, institutionCountry: "BE", fewerOpportunities: false },
      { ...irishOffer, country: "US" },
      utc("2026-11-24"),
    );
    expect(estimate.countriesFit).toBe(false);
    expect(estimate.estimates.every((e) => e.grant === null)).toBe(true);
  });
});
