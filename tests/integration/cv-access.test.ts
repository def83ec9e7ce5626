import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/server/auth/session";
import { prisma } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { storeCv } from "@/lib/server/files/cv";
import { contentDisposition } from "@/lib/server/files/cv-response";
import { getApplicationCv, getOwnProfileCv } from "@/lib/server/services/cv-access";
import { createApplication, createHostOrganisation, createInstitution, createOffer, createParticipant, createUser } from "@/prisma/seed/factories";
import { resetDatabase } from "./reset";

// The routes are called directly; only "who is signed in" is stubbed (next-auth needs a request).
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
const { GET: getApplicationRoute } = await import("@/app/cv/applications/[id]/route");
const { GET: getProfileRoute } = await import("@/app/cv/profile/route");

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

const cvBytes = () => readFile(path.resolve("tests/fixtures/files/cv.pdf"));

function asCurrent(u: {
  id: string;
  email: string;
  name: string;
  role: CurrentUser["role"];
  institutionId: string | null;
  hostOrganisationId: string | null;
}): CurrentUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: "en",
    institutionId: u.institutionId,
    hostOrganisationId: u.hostOrganisationId,
    emailVerified: true,
    mustChangePassword: false,
  };
}

/** Two institutions with an office each, two hosts with a company user and an offer each, two students of institution A. */
async function world() {
  const instA = await createInstitution(prisma);
  const instB = await createInstitution(prisma);
  const hostA = await createHostOrganisation(prisma, { user: true });
  const hostB = await createHostOrganisation(prisma, { user: true });
  const offerA = await createOffer(prisma, { hostId: hostA.id });
  await createOffer(prisma, { hostId: hostB.id });
  const applicant = await createParticipant(prisma, { institutionId: instA.id });
  const classmate = await createParticipant(prisma, { institutionId: instA.id });
  const stored = await storeCv(new File([await cvBytes()], "Zoë CV.pdf"));
  const application = await createApplication(prisma, {
    offerId: offerA.id,
    participantId: applicant.id,
    cvFile: stored.storedName,
    cvFileName: stored.fileName,
  });
  const users = {
    applicant: asCurrent(applicant.user),
    classmate: asCurrent(classmate.user),
    hostOfOffer: asCurrent(hostA.users[0]!),
    otherHost: asCurrent(hostB.users[0]!),
    officeOfInstitution: asCurrent(await createUser(prisma, { role: "OFFICE", institutionId: instA.id })),
    otherOffice: asCurrent(await createUser(prisma, { role: "OFFICE", institutionId: instB.id })),
    admin: asCurrent(await createUser(prisma, { role: "ADMIN" })),
    companyWithoutHost: asCurrent(await createUser(prisma, { role: "COMPANY" })),
    officeWithoutInstitution: asCurrent(await createUser(prisma, { role: "OFFICE" })),
  };
  return { application, stored, applicant, classmate, users };
}

describe("getApplicationCv (service)", () => {
  it("serves the applicant, the host of the offer and the office of the participant's institution — nobody else", async () => {
    const { application, stored, users } = await world();
    const allowed = ["applicant", "hostOfOffer", "officeOfInstitution"] as const;
    for (const who of allowed) {
      expect(await getApplicationCv(users[who], application.id), who).toEqual({ storedName: stored.storedName, fileName: "Zoë CV.pdf" });
    }
    for (const who of ["classmate", "otherHost", "otherOffice", "admin", "companyWithoutHost", "officeWithoutInstitution"] as const) {
      await expect(getApplicationCv(users[who], application.id), who).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("an unknown, over-long or absent id, or an application without CV, is not found", async () => {
    const { users, applicant } = await world();
    for (const id of ["no-such-id", "x".repeat(65), "", "../../etc/passwd"]) {
      await expect(getApplicationCv(users.applicant, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    const withoutCv = await createApplication(prisma, { participantId: applicant.id });
    await expect(getApplicationCv(users.applicant, withoutCv.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("CV routes", () => {
  it("GET /cv/applications/:id returns the PDF as a private, non-sniffable attachment to the host of the offer", async () => {
    const { application, users } = await world();
    session.user = users.hostOfOffer;
    const response = await getApplicationRoute(new Request("http://localhost/cv/applications/x"), { params: Promise.resolve({ id: application.id }) });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await cvBytes());
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="Zo_ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20CV.pdf`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    });
  });

  it("answers 404 to another student, another company and another office, and sends the anonymous to sign in", async () => {
    const { application, users } = await world();
    const call = () => getApplicationRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: application.id }) });
    for (const who of ["classmate", "otherHost", "otherOffice"] as const) {
      session.user = users[who];
      const response = await call();
      expect(response.status, who).toBe(404);
      expect(response.headers.get("content-type"), who).not.toBe("application/pdf");
    }
    session.user = null;
    const anonymous = await call();
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/sign-in?callbackUrl=${encodeURIComponent(`/cv/applications/${application.id}`)}`);
  });

  it("a stored name tampered in the database is a 404, never a file outside the CV folder", async () => {
    const { application, users } = await world();
    await prisma.application.update({ where: { id: application.id }, data: { cvFile: "../../../../etc/passwd" } });
    session.user = users.applicant;
    const response = await getApplicationRoute(new Request("http://localhost/"), { params: Promise.resolve({ id: application.id }) });
    expect(response.status).toBe(404);
  });

  it("GET /cv/profile serves the signed-in student's own CV only", async () => {
    const { users, applicant, classmate } = await world();
    const stored = await storeCv(new File([await cvBytes()], "mine.pdf"));
    await prisma.participantProfile.update({ where: { id: applicant.id }, data: { cvFile: stored.storedName, cvFileName: stored.fileName } });
    session.user = users.applicant;
    const mine = await getProfileRoute();
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-disposition")).toContain('filename="mine.pdf"');
    // The classmate has no CV: their own route is a 404, and there is no way to name someone else's.
    session.user = users.classmate;
    expect((await getProfileRoute()).status).toBe(404);
    expect(await getOwnProfileCv(users.applicant)).toMatchObject({ fileName: "mine.pdf" });
    await expect(getOwnProfileCv({ id: classmate.userId })).rejects.toBeInstanceOf(NotFoundError);
    session.user = users.hostOfOffer;
    expect((await getProfileRoute()).status).toBe(404);
  });
});

describe("contentDisposition", () => {
  it.each([
    ["cv.pdf", `attachment; filename="cv.pdf"; filename*=UTF-8''cv.pdf`],
    ["Søren's CV (final).pdf", `attachment; filename="S_ren's CV (final).pdf"; filename*=UTF-8''S%C3%B8ren%27s%20CV%20%28final%29.pdf`],
    ["100% me.pdf", `attachment; filename="100_ me.pdf"; filename*=UTF-8''100%25%20me.pdf`],
  ])("%j", (name, header) => {
    expect(contentDisposition(name)).toBe(header);
  });
});
