import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "../db";
import type { CurrentUser } from "../auth/session";
import { NotFoundError } from "../errors";

export type CvRef = { storedName: string; fileName: string };

const MAX_ID = 64;

function toRef(row: { cvFile: string | null; cvFileName: string | null } | null): CvRef {
  if (!row?.cvFile) throw new NotFoundError();
  return { storedName: row.cvFile, fileName: row.cvFileName ?? "cv.pdf" };
}

/** The signed-in student's own profile CV; "not found" for anyone without one. */
export async function getOwnProfileCv(user: Pick<CurrentUser, "id">): Promise<CvRef> {
  return toRef(await prisma.participantProfile.findUnique({ where: { userId: user.id }, select: { cvFile: true, cvFileName: true } }));
}

/**
 * Which applications the user may see (their CVs, their message threads): the applicant's own,
 * those sent to the user's host organisation, and those of participants of the user's institution
 * (its international office). Anyone else gets nothing — not even a hint that the id exists.
 */
export function applicationScope(user: Pick<CurrentUser, "id" | "role" | "hostOrganisationId" | "institutionId">): Prisma.ApplicationWhereInput | null {
  switch (user.role) {
    case "STUDENT":
      return { participant: { userId: user.id } };
    case "COMPANY":
      return user.hostOrganisationId ? { offer: { hostId: user.hostOrganisationId } } : null;
    case "OFFICE":
      return user.institutionId ? { participant: { institutionId: user.institutionId } } : null;
    default:
      return null;
  }
}

/** The CV attached to an application, for the applicant, the offer's host or the sending office. */
export async function getApplicationCv(user: Pick<CurrentUser, "id" | "role" | "hostOrganisationId" | "institutionId">, applicationId: string): Promise<CvRef> {
  const scope = applicationScope(user);
  if (!scope || !applicationId || applicationId.length > MAX_ID) throw new NotFoundError();
  return toRef(await prisma.application.findFirst({ where: { AND: [{ id: applicationId }, scope] }, select: { cvFile: true, cvFileName: true } }));
}
