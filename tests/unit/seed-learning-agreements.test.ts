import { describe, expect, it } from "vitest";
import { isFullySigned, missingForSignature } from "@/lib/domain/learning-agreement";
import { buildSeedPlan } from "@/prisma/seed/plan";
import { UNSIGNED_LA_PARTICIPANTS } from "@/prisma/seed/plan/learning-agreements";

// The seed's Learning Agreements, checked on the plan (no database): one per approved placement,
// signed by the right people at sensible times.
const reference = new Date(Date.UTC(2026, 10, 1));
const plan = buildSeedPlan(reference, "");
const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
const users = byId(plan.users);
const applications = byId(plan.applications);
const offers = byId(plan.offers);
const profiles = byId(plan.profiles);
const approved = plan.placements.filter((p) => p.status === "APPROVED");
const las = plan.learningAgreements;
const laOf = new Map(las.map((la) => [la.placementId, la]));
const signatures = (la: (typeof las)[number]) => ({
  trainee: la.traineeSignerId ? { signerId: la.traineeSignerId, signedAt: new Date(la.traineeSignedAt!) } : null,
  office: la.officeSignerId ? { signerId: la.officeSignerId, signedAt: new Date(la.officeSignedAt!) } : null,
  host: la.hostSignerId ? { signerId: la.hostSignerId, signedAt: new Date(la.hostSignedAt!) } : null,
});
const text = (la: (typeof las)[number]) => ({
  learningOutcomes: la.learningOutcomes ?? "",
  monitoringPlan: la.monitoringPlan ?? "",
  evaluationPlan: la.evaluationPlan ?? "",
  mentorName: la.mentorName ?? "",
  mentorEmail: la.mentorEmail ?? "",
  recognition: la.recognition ?? "",
  insurance: la.insurance ?? "",
  hostSupport: la.hostSupport ?? "",
});

describe("seeded Learning Agreements", () => {
  it("exist exactly for the approved placements", () => {
    expect(approved.length).toBeGreaterThan(5);
    expect(las.map((la) => la.placementId).sort()).toEqual(approved.map((p) => p.id).sort());
  });

  it("are signed by the placement's own trainee, an officer of its institution and a user of the offer's host", () => {
    for (const la of las) {
      const placement = approved.find((p) => p.id === la.placementId)!;
      const application = applications.get(placement.applicationId)!;
      const offer = offers.get(application.offerId)!;
      const s = signatures(la);
      if (s.trainee) expect(s.trainee.signerId).toBe(profiles.get(application.participantId)!.userId);
      if (s.office) expect(users.get(s.office.signerId)).toMatchObject({ role: "OFFICE", institutionId: placement.institutionId });
      if (s.host) expect(users.get(s.host.signerId)).toMatchObject({ role: "COMPANY", hostOrganisationId: offer.hostId });
    }
  });

  it("of traineeships under way or over are complete and fully signed before the start; ended ones have the host's certificate", () => {
    const started = approved.filter((p) => new Date(p.startDate) < reference);
    expect(started.length).toBeGreaterThan(0);
    for (const p of started) {
      const la = laOf.get(p.id)!;
      expect(missingForSignature(text(la))).toEqual([]);
      const s = signatures(la);
      expect(isFullySigned(s), p.id).toBe(true);
      for (const sig of Object.values(s)) expect(sig!.signedAt < new Date(p.startDate) || sig!.signedAt <= new Date(p.decidedAt!)).toBe(true);
      const certificate = la.certificate as { actualEnd: string; signerId: string } | null | undefined;
      if (new Date(p.endDate) < reference)
        expect(certificate).toMatchObject({ actualEnd: new Date(p.endDate).toISOString().slice(0, 10), signerId: la.hostSignerId });
      else expect(certificate ?? null).toBeNull();
    }
  });

  it("never carry a signature or a certificate dated after the reference date", () => {
    for (const la of las) {
      for (const sig of Object.values(signatures(la))) if (sig) expect(sig.signedAt < reference).toBe(true);
      const issuedAt = (la.certificate as { issuedAt?: string } | null | undefined)?.issuedAt;
      if (issuedAt) expect(new Date(issuedAt) < reference).toBe(true);
    }
  });

  it("leave the e2e's agreement complete and unsigned, at the demo company", () => {
    const [participantId] = [...UNSIGNED_LA_PARTICIPANTS];
    const placement = approved.find((p) => applications.get(p.applicationId)!.participantId === participantId)!;
    expect(offers.get(applications.get(placement.applicationId)!.offerId)!.hostId).toBe("host-001");
    const la = laOf.get(placement.id)!;
    expect(missingForSignature(text(la))).toEqual([]);
    expect(signatures(la)).toEqual({ trainee: null, office: null, host: null });
    expect(new Date(placement.startDate) > reference).toBe(true);
  });

  it("give every signing host an account", () => {
    const hostIds = new Set(plan.users.filter((u) => u.role === "COMPANY").map((u) => u.hostOrganisationId));
    for (const p of approved) expect(hostIds.has(offers.get(applications.get(p.applicationId)!.offerId)!.hostId)).toBe(true);
    expect(new Set(plan.users.map((u) => u.email.toLowerCase())).size).toBe(plan.users.length);
    expect(new Set(plan.users.map((u) => u.id)).size).toBe(plan.users.length);
  });
});
