import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { closeOffer, deleteDraftOffer, duplicateOffer, getOwnOfferForEditor, publishOffer, saveOffer } from "@/lib/server/services/offers";
import { offerSchema } from "@/lib/validation/offer";
import { ExpectedError, NotFoundError } from "@/lib/server/errors";
import { createApplication, createHostOrganisation, createOffer } from "@/prisma/seed/factories";
import { offerForm as form } from "./offer-form";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

const { offerId: _o, intent: _i, ...input } = offerSchema.parse(form);
const today = new Date(Date.UTC(2026, 10, 24));

async function company(type: "COMPANY" | "EU_INSTITUTION" = "COMPANY"): Promise<CurrentUser> {
  const host = await createHostOrganisation(prisma, { type, user: true });
  const u = host.users[0]!;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "COMPANY",
    locale: "en",
    institutionId: null,
    hostOrganisationId: host.id,
    emailVerified: true,
    mustChangePassword: false,
  };
}

describe("offers", () => {
  it("saves a draft with its categories, languages, stipend in cents and the stored DOT check", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, input);
    const stored = await prisma.offer.findUniqueOrThrow({ where: { id: offer.id }, include: { categories: true, languages: true } });
    expect(stored).toMatchObject({ status: "DRAFT", stipendCents: 45000, places: 2, dotQualifies: true, hostId: user.hostOrganisationId });
    expect(stored.categories.map((c) => c.category).sort()).toEqual(["cybersecurity", "software-development"]);
    expect(stored.languages.map((l) => `${l.language}:${l.level}`).sort()).toEqual(["en:B2", "nl:A2"]);
    expect(stored.dotCheck).toMatchObject({ qualifies: true, categories: ["software-development"] });
  });

  it("refuses to publish an offer whose tasks show no DOT activity, and changes nothing", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, { ...input, tasks: "Type customer records into Excel.\nFile invoices." });
    const error = await publishOffer(user, offer.id, today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ key: "offerEditor.notQualifying", field: "tasks" });
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("DRAFT");
  });

  it("keeps a draft whose period cannot hold the minimum, but refuses to publish it or to save a published offer so", async () => {
    const user = await company();
    const impossible = { ...input, earliestStart: "2027-03-01", latestEnd: "2027-04-01", applicationDeadline: "2027-02-01", durationMinMonths: 3 };
    const draft = await saveOffer(user, null, impossible);
    await expect(publishOffer(user, draft.id, today)).rejects.toMatchObject({ key: "offerEditor.windowTooShort", field: "latestEnd" });
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    const published = await saveOffer(user, null, input);
    await publishOffer(user, published.id, today);
    await expect(saveOffer(user, published.id, impossible)).rejects.toMatchObject({ key: "offerEditor.windowTooShort", field: "latestEnd" });
    const lateDeadline = { ...input, earliestStart: "2027-02-01", latestEnd: "2027-05-31", applicationDeadline: "2027-03-02", durationMinMonths: 3 };
    await expect(saveOffer(user, published.id, lateDeadline)).rejects.toMatchObject({
      key: "offerEditor.deadlineAfterLatestStart",
      field: "applicationDeadline",
    });
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({
      latestEnd: new Date("2027-12-31T00:00:00.000Z"),
      status: "PUBLISHED",
    });
  });

  it("publishes once (idempotent), audits it, and closes it", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, input);
    expect((await getOwnOfferForEditor(user, offer.id)).canPublish).toBe(true);
    await publishOffer(user, offer.id, today);
    await publishOffer(user, offer.id, today);
    expect((await getOwnOfferForEditor(user, offer.id)).canPublish).toBe(false); // already published
    expect(await prisma.auditEvent.count({ where: { verb: "offer.publish" } })).toBe(1);
    await closeOffer(user, offer.id);
    expect((await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).status).toBe("CLOSED");
  });

  it("refuses to publish for an EU institution host", async () => {
    const user = await company("EU_INSTITUTION");
    const offer = await saveOffer(user, null, input);
    expect((await getOwnOfferForEditor(user, offer.id)).canPublish).toBe(false);
    await expect(publishOffer(user, offer.id, today)).rejects.toMatchObject({ key: "offerEditor.hostIneligible" });
  });

  it("treats another company's offer as not found for every operation, and leaves it untouched", async () => {
    const attacker = await company();
    const victimHost = await createHostOrganisation(prisma);
    const victimOffer = await createOffer(prisma, { hostId: victimHost.id, status: "DRAFT" });
    for (const attempt of [
      () => saveOffer(attacker, victimOffer.id, input),
      () => publishOffer(attacker, victimOffer.id, today),
      () => closeOffer(attacker, victimOffer.id),
      () => duplicateOffer(attacker, victimOffer.id, "(copy)"),
      () => deleteDraftOffer(attacker, victimOffer.id),
    ]) {
      await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);
    }
    const after = await prisma.offer.findUniqueOrThrow({ where: { id: victimOffer.id } });
    expect(after.title).toBe(victimOffer.title);
    expect(after.status).toBe("DRAFT");
    expect(await prisma.offer.count()).toBe(1);
  });

  it("duplicates as a draft with the same categories", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, input);
    await publishOffer(user, offer.id, today);
    const copy = await duplicateOffer(user, offer.id, "(copy)");
    const stored = await prisma.offer.findUniqueOrThrow({ where: { id: copy.id }, include: { categories: true } });
    expect(stored).toMatchObject({ status: "DRAFT", title: "Junior web developer trainee (copy)", publishedAt: null });
    expect(stored.categories).toHaveLength(2);
  });

  it("deletes a draft with its categories and languages, audited with its title", async () => {
    const user = await company();
    const draft = await saveOffer(user, null, input);
    await deleteDraftOffer(user, draft.id);
    expect(await prisma.offer.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await prisma.offerCategory.count({ where: { offerId: draft.id } })).toBe(0);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { verb: "offer.delete", entityId: draft.id } })).toMatchObject({
      actorId: user.id,
      entityType: "Offer",
      before: { title: "Junior web developer trainee", status: "DRAFT" },
    });
  });

  it.each([
    ["PUBLISHED", false, "offerEditor.deleteNotDraft"],
    ["CLOSED", false, "offerEditor.deleteNotDraft"],
    ["DRAFT", true, "offerEditor.deleteHasApplications"],
  ] as const)("refuses to delete a %s offer (applications: %s) and keeps it", async (status, applied, key) => {
    const user = await company();
    const offer = await createOffer(prisma, { hostId: user.hostOrganisationId!, status });
    if (applied) await createApplication(prisma, { offerId: offer.id });
    await expect(deleteDraftOffer(user, offer.id)).rejects.toMatchObject({ key });
    expect(await prisma.offer.findUnique({ where: { id: offer.id } })).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { verb: "offer.delete" } })).toBe(0);
  });
});

describe("offers: who it is for and a range in days (docs/domain.md §3a)", () => {
  const staffDays = offerSchema.parse({
    ...form,
    for: ["", "staff"],
    durationUnit: "days",
    durationMinDays: "5",
    durationMaxDays: "30",
    earliestStart: "2027-03-01",
    latestEnd: "2027-03-10",
    applicationDeadline: "2027-02-01",
  });
  const { offerId: _o2, intent: _i2, ...staffInput } = staffDays;

  it("stores the audience and the days with month columns that cover them", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, staffInput);
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      forStudents: false,
      forStaff: true,
      forVetLearners: false,
      durationMinDays: 5,
      durationMaxDays: 30,
      durationMinMonths: 1,
      durationMaxMonths: 1,
    });
  });

  it("publishes a 5-day minimum in a 10-day window (a month would not fit), and refuses 14 days there", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, staffInput);
    await expect(publishOffer(user, offer.id, today)).resolves.toMatchObject({ status: "PUBLISHED" });
    await expect(saveOffer(user, offer.id, { ...staffInput, durationMinDays: 14 })).rejects.toMatchObject({
      key: "offerEditor.windowTooShort",
      field: "latestEnd",
    });
    const other = await saveOffer(user, null, { ...staffInput, durationMinDays: 14 });
    await expect(publishOffer(user, other.id, today)).rejects.toMatchObject({ key: "offerEditor.windowTooShort", field: "latestEnd" });
  });

  it("saving in months again clears the days; a copy keeps audience and days", async () => {
    const user = await company();
    const offer = await saveOffer(user, null, staffInput);
    const copy = await duplicateOffer(user, offer.id, "(copy)");
    expect(copy).toMatchObject({ forStaff: true, forStudents: false, durationMinDays: 5, durationMaxDays: 30 });
    await saveOffer(user, offer.id, input);
    expect(await prisma.offer.findUniqueOrThrow({ where: { id: offer.id } })).toMatchObject({
      forStudents: true,
      forStaff: false,
      durationMinDays: null,
      durationMaxDays: null,
      durationMinMonths: 3,
      durationMaxMonths: 6,
    });
  });
});

describe("offerSchema", () => {
  it.each([
    ["durationMaxMonths", { durationMaxMonths: "2" }, "validation.durationOrder"],
    ["durationMinMonths", { durationMinMonths: "1" }, "validation.durationMonths"],
    ["latestEnd", { latestEnd: "2027-02-01" }, "validation.endBeforeStart"],
    ["applicationDeadline", { applicationDeadline: "2027-04-01" }, "validation.deadlineAfterStart"],
    ["earliestStart", { earliestStart: "2027-02-30" }, "validation.dateInvalid"],
    ["stipendPerMonth", { stipendPerMonth: "-5" }, "validation.stipend"],
    ["categories", { categories: ["customer-support"] }, "validation.activityUnknown"],
    ["languageLevel", { languageLevel: ["", "A2", ""] }, "validation.levelRequired"],
    ["tasks", { tasks: "x".repeat(10_001) }, "validation.maxChars?max=10000&count=10001"],
    ["title", { title: "x".repeat(161) }, "validation.maxChars?max=160&count=161"],
    ["earliestStart", { earliestStart: "" }, "validation.dateRequired"],
    ["country", { country: "" }, "validation.countryRequired"],
  ])("%s: %j → %s", (field, patch, message) => {
    const r = offerSchema.safeParse({ ...form, ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => String(i.path[0]) === field)?.message).toBe(message);
  });

  it("lets a draft keep a period too short for the minimum, and refuses it when publishing", () => {
    const impossible = { ...form, earliestStart: "2027-03-01", latestEnd: "2027-04-01", applicationDeadline: "2027-02-01" };
    expect(offerSchema.safeParse({ ...impossible, intent: "save" }).success).toBe(true);
    const r = offerSchema.safeParse({ ...impossible, intent: "publish" });
    expect(r.error?.issues.map((i) => [String(i.path[0]), i.message])).toEqual([["latestEnd", "offerEditor.windowTooShort"]]);
    expect(offerSchema.safeParse({ ...form, intent: "publish" }).success).toBe(true);
  });
});
