import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { decideApplication, listApplicants } from "@/lib/server/services/application/host";
import { decisionSchema } from "@/lib/validation/application-decision";
import { ExpectedError, NotFoundError } from "@/lib/server/errors";
import { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);
const today = new Date(Date.UTC(2026, 10, 24));

async function hostWithOffer(places = 1) {
  const host = await createHostOrganisation(prisma, { country: "NL", city: "Rotterdam", user: true });
  const offer = await createOffer(prisma, { hostId: host.id, places, status: "PUBLISHED" });
  const u = host.users[0]!;
  const user: CurrentUser = {
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
  return { user, offer };
}

async function applicant(offerId: string) {
  const ghent = await createInstitution(prisma, { country: "BE" });
  const participant = await createParticipant(prisma, { institutionId: ghent.id });
  return createApplication(prisma, { offerId, participantId: participant.id, status: "SUBMITTED" });
}

const accept = (applicationId: string) => decisionSchema.parse({ applicationId, decision: "ACCEPT", start: "2027-03-01", end: "2027-07-31" });

describe("decideApplication", () => {
  it("accepting creates a PROPOSED KA131 placement at the participant's institution, once", async () => {
    const { user, offer } = await hostWithOffer();
    const app = await applicant(offer.id);
    await decideApplication(user, accept(app.id), today);
    await decideApplication(user, accept(app.id), today); // repeated: nothing more happens
    const placements = await prisma.placement.findMany({ include: { application: { include: { participant: true } } } });
    expect(placements).toHaveLength(1);
    expect(placements[0]).toMatchObject({
      status: "PROPOSED",
      action: "KA131",
      callYear: 2026,
      institutionId: placements[0]!.application.participant.institutionId,
    });
    expect(placements[0]!.startDate.toISOString().slice(0, 10)).toBe("2027-03-01");
    expect(await prisma.auditEvent.count({ where: { verb: "application.accept" } })).toBe(1);
  });

  it("refuses to accept when every place is filled, and changes nothing", async () => {
    const { user, offer } = await hostWithOffer(1);
    const first = await applicant(offer.id);
    const second = await applicant(offer.id);
    await decideApplication(user, accept(first.id), today);
    await expect(decideApplication(user, accept(second.id), today)).rejects.toMatchObject({ key: "applicants.full" });
    expect((await prisma.application.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("SUBMITTED");
    expect(await prisma.placement.count()).toBe(1);
  });

  it("shortlists, then rejects with the reason; a decided application cannot be accepted", async () => {
    const { user, offer } = await hostWithOffer();
    const app = await applicant(offer.id);
    await decideApplication(user, decisionSchema.parse({ applicationId: app.id, decision: "SHORTLIST" }), today);
    await decideApplication(
      user,
      decisionSchema.parse({ applicationId: app.id, decision: "REJECT", reason: "We chose a candidate with more React experience." }),
      today,
    );
    expect(await prisma.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({
      status: "REJECTED",
      reason: "We chose a candidate with more React experience.",
    });
    await expect(decideApplication(user, accept(app.id), today)).rejects.toBeInstanceOf(ExpectedError);
  });

  it("treats another company's application as not found", async () => {
    const { offer } = await hostWithOffer();
    const { user: attacker } = await hostWithOffer();
    const app = await applicant(offer.id);
    await expect(decideApplication(attacker, accept(app.id), today)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listApplicants(attacker, offer.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("SUBMITTED");
  });

  it("lists applicants with counts per status", async () => {
    const { user, offer } = await hostWithOffer(3);
    const a = await applicant(offer.id);
    await applicant(offer.id);
    await decideApplication(user, decisionSchema.parse({ applicationId: a.id, decision: "SHORTLIST" }), today);
    const all = await listApplicants(user, offer.id);
    expect(all.counts).toEqual({ SUBMITTED: 1, SHORTLISTED: 1 });
    expect((await listApplicants(user, offer.id, "SHORTLISTED")).applications.map((x) => x.id)).toEqual([a.id]);
  });
});

describe("decisionSchema", () => {
  it.each([
    [{ decision: "REJECT" }, "reason", "validation.reasonRequired"],
    [{ decision: "REJECT", reason: "short" }, "reason", "validation.reasonRequired"],
    [{ decision: "ACCEPT", start: "2027-03-01" }, "end", "validation.dateRequired"],
    [{ decision: "ACCEPT", start: "2027-03-01", end: "2027-02-01" }, "end", "validation.endBeforeStart"],
    [{ decision: "DELETE" }, "decision", "validation.decisionUnknown"],
  ])("%j → %s: %s", (patch, path, message) => {
    const r = decisionSchema.safeParse({ applicationId: "app-1", ...patch });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => String(i.path[0]) === path)?.message).toBe(message);
  });
});
