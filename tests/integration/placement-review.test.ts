import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getPlacementReview, listPlacementQueue } from "@/lib/server/services/placement/review";
import { QUEUE_PAGE_SIZE, parseQueueFilters, parseQueueFiltersLenient, queueQueryString } from "@/lib/validation/placement-decision";
import {
  createApplication,
  createHostOrganisation,
  createInstitution,
  createOffer,
  createParticipant,
  createPlacement,
  createUser,
} from "@/prisma/seed/factories";
import { officerOf } from "./current-user";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function placementAt(
  institutionId: string,
  hostCountry: string,
  fields: { status?: "PROPOSED" | "APPROVED" | "REJECTED" | "CANCELLED"; action?: "KA131" | "KA103"; callYear?: number } = {},
) {
  const host = await createHostOrganisation(prisma, { country: hostCountry, city: "Somewhere" });
  const offer = await createOffer(prisma, { hostId: host.id });
  const participant = await createParticipant(prisma, { institutionId });
  const application = await createApplication(prisma, { offerId: offer.id, participantId: participant.id, status: "ACCEPTED" });
  return createPlacement(prisma, { applicationId: application.id, startDate: utc("2027-03-01"), endDate: utc("2027-06-30"), callYear: 2026, ...fields });
}

const filters = (raw: Record<string, string> = {}) => {
  const parsed = parseQueueFilters(raw);
  if (!parsed.success) throw new Error("bad filters");
  return parsed.data;
};

describe("listPlacementQueue", () => {
  it("lists only the own institution's placements, waiting ones by default, with counts per status", async () => {
    const ghent = await createInstitution(prisma, { country: "BE" });
    const madrid = await createInstitution(prisma, { country: "ES" });
    const officer = await officerOf(ghent.id);
    const a = await placementAt(ghent.id, "NL");
    const b = await placementAt(ghent.id, "DE");
    await placementAt(ghent.id, "NL", { status: "APPROVED" });
    await placementAt(ghent.id, "FR", { status: "REJECTED", action: "KA103", callYear: 2019 });
    await placementAt(madrid.id, "NL");

    const queue = await listPlacementQueue(officer, filters());
    expect(queue.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    expect(queue.counts).toEqual({ PROPOSED: 2, APPROVED: 1, REJECTED: 1 });
    expect(queue.hostCountries).toEqual(["DE", "FR", "NL"]);

    expect((await listPlacementQueue(officer, filters({ status: "ALL" }))).total).toBe(4);
    expect((await listPlacementQueue(officer, filters({ status: "ALL", country: "NL" }))).items.map((i) => i.hostCountry)).toEqual(["NL", "NL"]);
    const ka103 = await listPlacementQueue(officer, filters({ status: "ALL", action: "KA103" }));
    expect(ka103.items).toHaveLength(1);
    expect(ka103.counts).toEqual({ REJECTED: 1 });
    expect((await listPlacementQueue(officer, filters({ country: "DE" }))).items.map((i) => i.id)).toEqual([b.id]);
  });

  it("pages the queue", async () => {
    const ghent = await createInstitution(prisma, { country: "BE" });
    const officer = await officerOf(ghent.id);
    for (let i = 0; i < QUEUE_PAGE_SIZE + 1; i++) await placementAt(ghent.id, "NL");
    const first = await listPlacementQueue(officer, filters());
    const second = await listPlacementQueue(officer, filters({ page: "2" }));
    expect(first).toMatchObject({ total: QUEUE_PAGE_SIZE + 1, pageCount: 2 });
    expect(first.items).toHaveLength(QUEUE_PAGE_SIZE);
    expect(second.items).toHaveLength(1);
    expect(first.items.map((i) => i.id)).not.toContain(second.items[0]!.id);
  });

  it("is empty for an officer without an institution", async () => {
    const u = await createUser(prisma, { role: "OFFICE" });
    const queue = await listPlacementQueue(
      {
        id: u.id,
        email: u.email,
        name: u.name,
        role: "OFFICE",
        locale: "en",
        institutionId: null,
        hostOrganisationId: null,
        emailVerified: true,
        mustChangePassword: false,
      },
      filters(),
    );
    expect(queue).toMatchObject({ institution: null, total: 0, items: [] });
  });
});

describe("getPlacementReview", () => {
  it("gives every check with its verdict, the grant and the agreement number; another institution gets not found", async () => {
    const ghent = await createInstitution(prisma, { country: "BE" });
    await prisma.projectAgreement.create({
      data: { institutionId: ghent.id, action: "KA131", callYear: 2026, agreementNumber: "2026-1-BE01-KA131-HED-000000042" },
    });
    const officer = await officerOf(ghent.id);
    const placement = await placementAt(ghent.id, "US");
    const review = await getPlacementReview(officer, placement.id);
    expect(review.checks.map((c) => [c.id, c.ok])).toEqual([
      ["digital-activity", true],
      ["format", true],
      ["duration", true],
      ["country", false],
      ["participant", true],
      ["recent-graduate", true],
      ["study-cycle-cap", true],
      ["virtual-component", true],
      ["host-organisation", true],
    ]);
    expect(review.checks.find((c) => c.id === "country")).toMatchObject({ code: "host-not-eligible", params: { host: "US", action: "KA131" } });
    expect(review).toMatchObject({
      approvable: false,
      hardChecksPass: false,
      durationDays: 122,
      agreementNumber: "2026-1-BE01-KA131-HED-000000042",
      grant: null,
    });
    expect(review.classification.categories).toContain("software-development");

    const madrid = await createInstitution(prisma, { country: "ES" });
    await expect(getPlacementReview(await officerOf(madrid.id), placement.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlacementReview(officer, "no-such-placement")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("queue filters", () => {
  it.each([
    [{}, { status: "PROPOSED", page: 1 }, ""],
    [
      { status: "ALL", action: "KA107", country: "el", page: "3" },
      { status: "ALL", action: "KA107", country: "GR", page: 3 },
      "status=ALL&action=KA107&country=GR&page=3",
    ],
    [{ status: "", action: "", country: "", page: "" }, { status: "PROPOSED", page: 1 }, ""],
  ])("%j parses to %j (%s)", (raw, expected, qs) => {
    const parsed = parseQueueFilters(raw);
    expect(parsed.success && parsed.data).toMatchObject(expected);
    expect(parsed.success && queueQueryString(parsed.data)).toBe(qs);
  });

  it.each([
    [{ status: "DONE" }, "status", "placementDecision.validation.statusUnknown"],
    [{ action: "KA999" }, "action", "placementDecision.validation.actionUnknown"],
    [{ country: "XX" }, "country", "placementDecision.validation.countryUnknown"],
    [{ page: "0" }, "page", "placementDecision.validation.pageInvalid"],
    [{ page: "two" }, "page", "placementDecision.validation.pageInvalid"],
  ])("%j is refused on %s; the page keeps the other filters", (raw, field, message) => {
    expect(parseQueueFilters(raw).success).toBe(false);
    const lenient = parseQueueFiltersLenient({ ...raw, ...(field === "action" ? {} : { action: "KA131" }) });
    expect(lenient.invalid).toEqual([{ field, message }]);
    if (field !== "action") expect(lenient.filters.action).toBe("KA131");
  });
});
