import "server-only";
import { prisma } from "../db";

// What "download my data" puts into data.json: everything the portal holds about one person, and
// of other people only the names that give it context (an offer's host, a message's side). The CVs
// go into the archive beside it (data-export.ts); here only their names.

export type CvInExport = { storedName: string; zipName: string };
export type ExportContent = { data: Record<string, unknown>; cvs: CvInExport[] };

const safePart = (name: string) => name.replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 100) || "cv.pdf";

async function account(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      createdAt: true,
      updatedAt: true,
      emailVerifiedAt: true,
      institution: { select: { name: true, erasmusCode: true } },
      hostOrganisation: { select: { legalName: true } },
      identities: { select: { issuer: true, subject: true, email: true, createdAt: true, lastUsedAt: true } },
      passwordHash: true,
    },
  });
  const { passwordHash, ...rest } = user;
  // Never the hash itself: whether a password is set is the person's data, the hash is a secret.
  return { ...rest, hasPassword: passwordHash !== null };
}

async function participant(userId: string) {
  const profile = await prisma.participantProfile.findUnique({
    where: { userId },
    include: {
      institution: { select: { name: true, erasmusCode: true, country: true } },
      languages: { select: { language: true, level: true } },
      applications: {
        orderBy: { createdAt: "asc" },
        include: {
          offer: { select: { id: true, title: true, country: true, city: true, host: { select: { legalName: true } } } },
          messages: { orderBy: { createdAt: "asc" }, select: { id: true, side: true, body: true, createdAt: true, readAt: true, authorId: true } },
          placement: { include: { mobilityRecord: true, learningAgreement: true, proposals: { orderBy: { proposedAt: "asc" } } } },
        },
      },
    },
  });
  if (!profile) return null;
  const applicationIds = profile.applications.map((a) => a.id);
  const history = await prisma.auditEvent.findMany({
    where: { entityType: "Application", entityId: { in: applicationIds } },
    orderBy: { createdAt: "asc" },
    select: { entityId: true, verb: true, createdAt: true },
  });
  const cvs: CvInExport[] = [];
  const cvEntry = (storedName: string | null, fileName: string | null, prefix: string) => {
    if (!storedName) return null;
    const zipName = `files/${prefix}-${safePart(fileName ?? "cv.pdf")}`;
    if (!cvs.some((c) => c.storedName === storedName)) cvs.push({ storedName, zipName });
    return cvs.find((c) => c.storedName === storedName)!.zipName;
  };
  const { cvFile, cvFileName, applications, userId: _owner, ...fields } = profile;
  const data = {
    ...fields,
    cv: cvFile ? { fileName: cvFileName, file: cvEntry(cvFile, cvFileName, "profile-cv") } : null,
    applications: applications.map((a, i) => {
      const { placement, messages, cvFile: appCv, cvFileName: appCvName, offer, ...app } = a;
      const ownMessages = messages.filter((m) => m.authorId === userId).map(({ authorId: _a, ...m }) => m);
      const placementData = placement
        ? (() => {
            const { mobilityRecord, learningAgreement, proposals, checks: _c, ...p } = placement;
            // The mentor's address is the mentor's data; their name gives the context.
            const agreement = learningAgreement ? (({ mentorEmail: _m, ...la }) => la)(learningAgreement) : null;
            return { ...p, proposals, mobilityRecord, learningAgreement: agreement };
          })()
        : null;
      return {
        ...app,
        offer: { id: offer.id, title: offer.title, country: offer.country, city: offer.city, host: offer.host.legalName },
        cv: appCv ? { fileName: appCvName, file: cvEntry(appCv, appCvName, `application-${i + 1}-cv`) } : null,
        statusHistory: history.filter((h) => h.entityId === a.id).map(({ verb, createdAt }) => ({ verb, at: createdAt })),
        messagesYouWrote: ownMessages,
        placement: placementData,
      };
    }),
  };
  return { data, cvs };
}

async function hostOrganisation(hostOrganisationId: string | null) {
  if (!hostOrganisationId) return null;
  return prisma.hostOrganisation.findUnique({
    where: { id: hostOrganisationId },
    include: {
      offers: {
        orderBy: { createdAt: "asc" },
        include: { categories: { select: { category: true } }, languages: { select: { language: true, level: true } } },
      },
    },
  });
}

/** The person's data for the archive; the CVs are listed with the names they get inside it. */
export async function collectExportContent(userId: string, now: Date = new Date()): Promise<ExportContent> {
  const acc = await account(userId);
  const roleData = acc.role === "STUDENT" ? await participant(userId) : null;
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { hostOrganisationId: true, role: true } });
  const [savedOffers, savedSearches, auditEvents, host] = await Promise.all([
    prisma.savedOffer.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { createdAt: true, offer: { select: { id: true, title: true } } } }),
    prisma.savedSearch.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: { name: true, query: true, alertsOn: true, lastAlertAt: true, createdAt: true },
    }),
    // What they did, not what others recorded about them; before/after may name other people.
    prisma.auditEvent.findMany({
      where: { actorId: userId },
      orderBy: { createdAt: "asc" },
      select: { verb: true, entityType: true, entityId: true, createdAt: true },
    }),
    user.role === "COMPANY" ? hostOrganisation(user.hostOrganisationId) : Promise.resolve(null),
  ]);
  // Messages a company user or officer wrote (a student's are listed under each application).
  const messages =
    user.role === "STUDENT"
      ? undefined
      : await prisma.applicationMessage.findMany({
          where: { authorId: userId },
          orderBy: { createdAt: "asc" },
          select: { id: true, applicationId: true, side: true, body: true, createdAt: true },
        });
  return {
    data: {
      format: "dot-portal-data-export",
      version: 1,
      exportedAt: now.toISOString(),
      account: acc,
      ...(roleData ? { participantProfile: roleData.data } : {}),
      ...(host ? { hostOrganisation: host } : {}),
      ...(messages ? { messagesYouWrote: messages } : {}),
      savedOffers,
      savedSearches,
      auditEventsYouCaused: auditEvents,
    },
    cvs: roleData?.cvs ?? [],
  };
}
