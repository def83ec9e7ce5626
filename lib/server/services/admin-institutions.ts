import "server-only";
import { foldText } from "@/lib/domain/classifier/normalise";
import type { InstitutionInput, InstitutionListParams, OfficerCreateInput, OfficerRemoveInput } from "@/lib/validation/admin-institution";
import { ADMIN_PAGE_SIZE } from "@/lib/validation/admin-params";
import { prisma } from "../db";
import { isUniqueViolation } from "../db/errors";
import { audit } from "../audit";
import { hashPassword } from "../auth/password";
import { generateOneTimePassword } from "../auth/one-time-password";
import type { CurrentUser } from "../auth/session";
import { ExpectedError, NotFoundError } from "../errors";
import { revalidateHome } from "../public-pages";
import { queueMail } from "../jobs/queue";
import { officerAccountMail } from "../mail/officer-account-mail";

// Institutions and their international-office officers, managed by an administrator
// (permission manage:institution:any, checked by the action pipeline and the pages).

const codeTaken = () => new ExpectedError("adminArea.errors.erasmusCodeTaken", { field: "erasmusCode", status: 409 });

const LIST_SELECT = {
  id: true,
  name: true,
  erasmusCode: true,
  country: true,
  city: true,
  _count: { select: { officers: { where: { role: "OFFICE", deletedAt: null } }, participants: true } },
} as const;

/**
 * One page of institutions by name. With a search term, name and code are matched case- and
 * accent-insensitively ("munchen" finds "München") in memory: both databases agree on that, and
 * there are a few thousand Erasmus institutions at most.
 */
export async function listInstitutions(params: InstitutionListParams) {
  let ids: string[] | undefined;
  let total: number;
  if (params.q) {
    const term = foldText(params.q);
    const compactCode = params.q.toUpperCase().replace(/\s+/g, "");
    const all = await prisma.institution.findMany({ select: { id: true, name: true, erasmusCode: true }, orderBy: [{ name: "asc" }, { id: "asc" }] });
    ids = all.filter((i) => foldText(i.name).includes(term) || (i.erasmusCode ?? "").replace(/\s+/g, "").includes(compactCode)).map((i) => i.id);
    total = ids.length;
  } else total = await prisma.institution.count();
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const skip = (page - 1) * ADMIN_PAGE_SIZE;
  const items = ids
    ? await prisma.institution.findMany({
        where: { id: { in: ids.slice(skip, skip + ADMIN_PAGE_SIZE) } },
        select: LIST_SELECT,
        orderBy: [{ name: "asc" }, { id: "asc" }],
      })
    : await prisma.institution.findMany({ select: LIST_SELECT, orderBy: [{ name: "asc" }, { id: "asc" }], skip, take: ADMIN_PAGE_SIZE });
  return { items, total, page, pages };
}

/** The institution with its active officers and what it has: participants, placements by status. */
export async function getInstitutionAdmin(id: string) {
  const institution = await prisma.institution.findUnique({ where: { id } });
  if (!institution) throw new NotFoundError();
  const [officers, participants, grouped] = await Promise.all([
    prisma.user.findMany({
      where: { institutionId: id, role: "OFFICE", deletedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, email: true, locale: true, createdAt: true },
    }),
    prisma.participantProfile.count({ where: { institutionId: id } }),
    prisma.placement.groupBy({ by: ["status"], where: { institutionId: id }, _count: { _all: true } }),
  ]);
  const placements: Record<string, number> = {};
  for (const row of grouped) placements[row.status] = row._count._all;
  return { institution, officers, participants, placements };
}

function institutionData(input: InstitutionInput) {
  return {
    name: input.name,
    type: input.type,
    erasmusCode: input.erasmusCode ?? null,
    country: input.country,
    city: input.city,
    pic: input.pic ?? null,
    oid: input.oid ?? null,
    website: input.website ?? null,
  };
}
type InstitutionData = ReturnType<typeof institutionData>;

export async function createInstitution(actor: CurrentUser, input: InstitutionInput) {
  const data = institutionData(input);
  if (data.erasmusCode && (await prisma.institution.findUnique({ where: { erasmusCode: data.erasmusCode }, select: { id: true } }))) throw codeTaken();
  try {
    const created = await prisma.$transaction(async (tx) => {
      const row = await tx.institution.create({ data });
      await audit(tx, { actorId: actor.id, verb: "institution.create", entityType: "Institution", entityId: row.id, after: data });
      return row;
    });
    // The home page counts institutions.
    revalidateHome();
    return created;
  } catch (error) {
    // Two administrators creating the same code at once: the unique index decides.
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/** Saves the changed fields; saving the form unchanged writes nothing and no audit event. */
export async function updateInstitution(actor: CurrentUser, institutionId: string, input: InstitutionInput) {
  const data = institutionData(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.institution.findUnique({ where: { id: institutionId } });
      if (!current) throw new NotFoundError();
      const changed = (Object.keys(data) as (keyof InstitutionData)[]).filter((k) => current[k] !== data[k]);
      if (changed.length === 0) return current;
      if (
        changed.includes("erasmusCode") &&
        data.erasmusCode &&
        (await tx.institution.findUnique({ where: { erasmusCode: data.erasmusCode }, select: { id: true } }))
      )
        throw codeTaken();
      const updated = await tx.institution.update({ where: { id: institutionId }, data });
      await audit(tx, {
        actorId: actor.id,
        verb: "institution.update",
        entityType: "Institution",
        entityId: institutionId,
        before: Object.fromEntries(changed.map((k) => [k, current[k]])),
        after: Object.fromEntries(changed.map((k) => [k, data[k]])),
      });
      return updated;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw codeTaken();
    throw error;
  }
}

/**
 * Creates an international-office account for the institution with a generated one-time
 * password, which is returned to the administrator once and exists nowhere else: only its hash
 * is stored, it is not logged, audited or mailed. The officer's mail only says the account exists.
 * An address whose officer account was removed earlier is given back to that account (same
 * person, new password); any other existing address is refused.
 */
export async function createOfficer(actor: CurrentUser, input: OfficerCreateInput) {
  const institution = await prisma.institution.findUnique({ where: { id: input.institutionId }, select: { id: true, name: true } });
  if (!institution) throw new NotFoundError();
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, deletedAt: true } });
  const reactivate = existing !== null && existing.role === "OFFICE" && existing.deletedAt !== null;
  if (existing && !reactivate) throw new ExpectedError("adminArea.errors.emailTaken", { field: "email", status: 409 });
  const password = generateOneTimePassword();
  const data = { name: input.name, locale: input.locale, institutionId: institution.id, passwordHash: await hashPassword(password), mustChangePassword: true };
  let officer;
  try {
    officer = await prisma.$transaction(async (tx) => {
      let user;
      if (existing && reactivate) {
        // Conditional: a concurrent request that reactivated it first wins; this one is refused.
        const { count } = await tx.user.updateMany({
          where: { id: existing.id, role: "OFFICE", deletedAt: { not: null } },
          data: { ...data, deletedAt: null },
        });
        if (count === 0) throw new ExpectedError("adminArea.errors.emailTaken", { field: "email", status: 409 });
        user = await tx.user.findUniqueOrThrow({ where: { id: existing.id } });
      } else {
        user = await tx.user.create({ data: { ...data, email: input.email, role: "OFFICE" } });
      }
      await audit(tx, {
        actorId: actor.id,
        verb: "officer.create",
        entityType: "User",
        entityId: user.id,
        after: { email: user.email, name: user.name, role: "OFFICE", institutionId: institution.id, locale: user.locale, reactivated: reactivate },
      });
      await queueMail(tx, officerAccountMail({ to: user, institution: institution.name }));
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ExpectedError("adminArea.errors.emailTaken", { field: "email", status: 409 });
    throw error;
  }
  return { officer: { id: officer.id, name: officer.name, email: officer.email }, password };
}

/**
 * Soft-deletes an officer of this institution: the row stays for the records that name them,
 * and getCurrentUser refuses the account from its next request on. Removing a removed officer
 * changes nothing and writes no second event (conditional update, also under a race).
 */
export async function removeOfficer(actor: CurrentUser, input: OfficerRemoveInput) {
  return prisma.$transaction(async (tx) => {
    const officer = await tx.user.findFirst({
      where: { id: input.userId, institutionId: input.institutionId, role: "OFFICE" },
      select: { id: true, email: true, name: true, institutionId: true, deletedAt: true },
    });
    if (!officer) throw new NotFoundError();
    if (officer.deletedAt) return { removed: false };
    const deletedAt = new Date();
    const { count } = await tx.user.updateMany({ where: { id: officer.id, deletedAt: null }, data: { deletedAt, sessionVersion: { increment: 1 } } });
    if (count === 0) return { removed: false };
    await audit(tx, {
      actorId: actor.id,
      verb: "officer.remove",
      entityType: "User",
      entityId: officer.id,
      before: { email: officer.email, name: officer.name, institutionId: officer.institutionId, deletedAt: null },
      after: { deletedAt: deletedAt.toISOString() },
    });
    return { removed: true };
  });
}
