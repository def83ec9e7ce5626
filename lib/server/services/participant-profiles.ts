import "server-only";
import { dateFromIso, isoDateOrNull } from "@/lib/domain/dates";
import { categoriesOfSendingType } from "@/lib/domain/participants";
import type { ParticipantProfileInput } from "@/lib/validation/participant-profile";
import { prisma } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { ExpectedError } from "../errors";
import { deleteCv, storeCv, type StoredCv } from "../files/cv";
import { errorFields } from "../log";
import { logInRequest } from "../request-log";

const utc = (iso: string | undefined) => (iso ? dateFromIso(iso) : null);

/** The signed-in user's own profile (never anyone else's: the key is the user id). */
export function getOwnProfile(user: Pick<CurrentUser, "id">) {
  return prisma.participantProfile.findUnique({
    where: { userId: user.id },
    include: { languages: { orderBy: { id: "asc" } }, institution: { select: { id: true, name: true, erasmusCode: true } } },
  });
}

/** Every sending institution a participant can belong to, for the profile form. */
export function listInstitutionOptions() {
  return prisma.institution.findMany({ orderBy: [{ name: "asc" }], select: { id: true, name: true, erasmusCode: true, country: true } });
}

type ProfileRow = NonNullable<Awaited<ReturnType<typeof getOwnProfile>>>;

// What the audit trail keeps of a profile: the data the participant entered (dates as ISO).
function snapshot(row: Omit<ProfileRow, "institution" | "id" | "userId" | "createdAt" | "updatedAt">) {
  return {
    firstName: row.firstName,
    lastName: row.lastName,
    institutionId: row.institutionId,
    category: row.category,
    fieldOfEducation: row.fieldOfEducation,
    eqfLevel: row.eqfLevel,
    graduationDate: isoDateOrNull(row.graduationDate),
    selectedOn: isoDateOrNull(row.selectedOn),
    previousMobilityMonths: row.previousMobilityMonths,
    oneCycleProgramme: row.oneCycleProgramme,
    fewerOpportunities: row.fewerOpportunities,
    nationality: row.nationality,
    birthDate: isoDateOrNull(row.birthDate),
    gender: row.gender,
    skills: row.skills,
    cvFileName: row.cvFileName,
    languages: row.languages.map((l) => `${l.language}:${l.level}`),
  };
}

/**
 * Creates or updates the user's participant profile and replaces its languages, in one audited
 * transaction. A new CV is stored first (a refused file changes nothing); if the transaction then
 * fails the new file is removed again, and once it commits the replaced file goes — unless an
 * application still points at it.
 */
export async function saveOwnProfile(user: Pick<CurrentUser, "id">, input: ParticipantProfileInput, cvFile?: File) {
  const institution = await prisma.institution.findUnique({ where: { id: input.institutionId }, select: { id: true, type: true } });
  if (!institution) throw new ExpectedError("validation.institutionUnknown", { field: "institutionId" });
  // docs/domain.md §3a: an organisation sends its own sector's participants (a school, its staff).
  if (!categoriesOfSendingType(institution.type).includes(input.category))
    throw new ExpectedError("validation.categoryNotSentByInstitution", { field: "category" });
  const stored: StoredCv | null = cvFile ? await storeCv(cvFile) : null;

  const data = {
    firstName: input.firstName,
    lastName: input.lastName,
    institutionId: institution.id,
    category: input.category,
    fieldOfEducation: input.fieldOfEducation,
    eqfLevel: input.eqfLevel,
    graduationDate: utc(input.graduationDate),
    selectedOn: utc(input.selectedOn),
    previousMobilityMonths: input.previousMobilityMonths,
    oneCycleProgramme: input.oneCycleProgramme,
    fewerOpportunities: input.fewerOpportunities,
    nationality: input.nationality,
    birthDate: utc(input.birthDate),
    gender: input.gender ?? null,
    skills: input.skills,
    ...(stored ? { cvFile: stored.storedName, cvFileName: stored.fileName } : {}),
  };

  let result: { profile: ProfileRow; replacedCv: string | null };
  try {
    result = await prisma.$transaction(async (tx) => {
      const before = await tx.participantProfile.findUnique({ where: { userId: user.id }, include: { languages: { orderBy: { id: "asc" } } } });
      const saved = before
        ? await tx.participantProfile.update({ where: { id: before.id }, data })
        : await tx.participantProfile.create({ data: { ...data, userId: user.id } });
      await tx.participantLanguage.deleteMany({ where: { participantId: saved.id } });
      if (input.languages.length) {
        await tx.participantLanguage.createMany({ data: input.languages.map((l) => ({ participantId: saved.id, language: l.language, level: l.level })) });
      }
      const profile = await tx.participantProfile.findUniqueOrThrow({
        where: { id: saved.id },
        include: { languages: { orderBy: { id: "asc" } }, institution: { select: { id: true, name: true, erasmusCode: true } } },
      });
      await audit(tx, {
        actorId: user.id,
        verb: before ? "participant-profile.update" : "participant-profile.create",
        entityType: "ParticipantProfile",
        entityId: saved.id,
        ...(before ? { before: snapshot(before) } : {}),
        after: snapshot(profile),
      });
      return { profile, replacedCv: stored && before?.cvFile ? before.cvFile : null };
    });
  } catch (error) {
    if (stored) await deleteCv(stored.storedName).catch(() => undefined);
    throw error;
  }

  if (result.replacedCv) await deleteIfUnreferenced(result.replacedCv);
  return result.profile;
}

// An application may carry the profile's file name rather than its own copy; keep the file then.
async function deleteIfUnreferenced(storedName: string) {
  const [applications, profiles] = await Promise.all([
    prisma.application.count({ where: { cvFile: storedName } }),
    prisma.participantProfile.count({ where: { cvFile: storedName } }),
  ]);
  if (applications + profiles > 0) return;
  try {
    await deleteCv(storedName);
  } catch (error) {
    // The profile is saved; an orphaned file is harmless, so log and go on.
    await logInRequest("warn", "profile.cv-delete-failed", errorFields(error));
  }
}
