import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getCompanyDashboard, getOfficeDashboard, getStudentDashboard } from "@/lib/server/services/dashboards";
import {
  createApplication,
  createHostOrganisation,
  createInstitution,
  createOffer,
  createParticipant,
  createPlacement,
  createUser,
} from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

beforeEach(resetDatabase);

function asCurrent(user: {
  id: string;
  email: string;
  name: string;
  role: string;
  institutionId: string | null;
  hostOrganisationId: string | null;
}): CurrentUser {
  return { ...user, role: user.role as CurrentUser["role"], locale: "en", emailVerified: true, mustChangePassword: false };
}

describe("dashboards only show the viewer's own tenant", () => {
  it("an office sees the placements of its own institution only", async () => {
    const ghent = await createInstitution(prisma, { erasmusCode: "B  GENT01", name: "Ghent University", country: "BE", city: "Gent" });
    const madrid = await createInstitution(prisma, { erasmusCode: "E  MADRID03", name: "Universidad Complutense de Madrid", country: "ES", city: "Madrid" });
    const ghentStudent = await createParticipant(prisma, { institutionId: ghent.id });
    const madridStudent = await createParticipant(prisma, { institutionId: madrid.id });
    const ghentApp = await createApplication(prisma, { participantId: ghentStudent.id, status: "ACCEPTED" });
    const madridApp = await createApplication(prisma, { participantId: madridStudent.id, status: "ACCEPTED" });
    const mine = await createPlacement(prisma, { applicationId: ghentApp.id });
    await createPlacement(prisma, { applicationId: madridApp.id });
    const officer = await createUser(prisma, { role: "OFFICE", institutionId: ghent.id });

    const data = await getOfficeDashboard(asCurrent(officer));
    expect(data.institution?.erasmusCode).toBe("B  GENT01");
    expect(data.participants).toBe(1);
    expect(data.proposed.map((p) => p.id)).toEqual([mine.id]);
    expect(data.placementCounts).toEqual({ PROPOSED: 1 });
  });

  it("an office account without an institution sees an empty dashboard, not everyone's", async () => {
    await createPlacement(prisma);
    const officer = await createUser(prisma, { role: "OFFICE", institutionId: null });
    const data = await getOfficeDashboard(asCurrent(officer));
    expect(data.institution).toBeNull();
    expect(data.proposed).toEqual([]);
  });

  it("a company sees its own offers with applicant counts per status", async () => {
    const host = await createHostOrganisation(prisma, { user: true });
    const other = await createHostOrganisation(prisma, { user: true });
    const offer = await createOffer(prisma, { hostId: host.id });
    await createOffer(prisma, { hostId: other.id });
    await createApplication(prisma, { offerId: offer.id, status: "SUBMITTED" });
    await createApplication(prisma, { offerId: offer.id, status: "SUBMITTED" });
    await createApplication(prisma, { offerId: offer.id, status: "SHORTLISTED" });

    const data = await getCompanyDashboard(asCurrent(host.users[0]!));
    expect(data.offers.map((o) => o.id)).toEqual([offer.id]);
    expect(data.offers[0]!.applicationCounts).toEqual({ SUBMITTED: 2, SHORTLISTED: 1 });
  });

  it("a student sees their own applications only", async () => {
    const me = await createParticipant(prisma);
    const someoneElse = await createParticipant(prisma);
    const mine = await createApplication(prisma, { participantId: me.id });
    await createApplication(prisma, { participantId: someoneElse.id });
    const data = await getStudentDashboard(asCurrent(me.user));
    expect(data.profile?.applications.map((a) => a.id)).toEqual([mine.id]);
  });
});
