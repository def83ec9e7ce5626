import "server-only";
import { isKeyAction } from "@/lib/domain/actions";
import type { KeyAction } from "@/lib/domain";
import type { ProjectAgreementInput } from "@/lib/validation/project-agreement";
import { prisma, type Db } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { isUniqueViolation } from "../db/errors";
import { ExpectedError } from "../errors";
import { requireOwnInstitution } from "./grant-rates";

/**
 * The agreement number of the institution's Erasmus+ project for this action and call year
 * (docs/domain.md §5), or null when the office has not entered it yet.
 */
export async function getAgreementNumber(institutionId: string, action: KeyAction, callYear: number, db: Db = prisma): Promise<string | null> {
  const row = await db.projectAgreement.findUnique({
    where: { institutionId_action_callYear: { institutionId, action, callYear } },
    select: { agreementNumber: true },
  });
  return row?.agreementNumber ?? null;
}

/** The institution's agreements, newest call first. */
export async function listAgreements(user: Pick<CurrentUser, "institutionId">) {
  const institutionId = requireOwnInstitution(user);
  const rows = await prisma.projectAgreement.findMany({
    where: { institutionId },
    orderBy: [{ callYear: "desc" }, { action: "asc" }],
    select: { id: true, action: true, callYear: true, agreementNumber: true, updatedAt: true },
  });
  return rows.flatMap((r) => (isKeyAction(r.action) ? [{ ...r, action: r.action }] : []));
}

/**
 * Creates or changes the agreement number of one action and call year (one per institution,
 * action and call year: the unique key), audited as `project-agreement.update`. An unchanged
 * number writes nothing.
 */
export async function saveAgreement(user: Pick<CurrentUser, "id" | "institutionId">, input: ProjectAgreementInput) {
  const institutionId = requireOwnInstitution(user);
  const key = { institutionId, action: input.action, callYear: input.callYear };
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.projectAgreement.findUnique({ where: { institutionId_action_callYear: key } });
      if (before?.agreementNumber === input.agreementNumber) return before;
      const saved = before
        ? await tx.projectAgreement.update({ where: { id: before.id }, data: { agreementNumber: input.agreementNumber } })
        : await tx.projectAgreement.create({ data: { ...key, agreementNumber: input.agreementNumber } });
      await audit(tx, {
        actorId: user.id,
        verb: "project-agreement.update",
        entityType: "ProjectAgreement",
        entityId: saved.id,
        ...(before ? { before: { action: before.action, callYear: before.callYear, agreementNumber: before.agreementNumber } } : {}),
        after: { action: saved.action, callYear: saved.callYear, agreementNumber: saved.agreementNumber },
      });
      return saved;
    });
  } catch (error) {
    // Two first saves of the same call at once: the unique key lets one through.
    if (isUniqueViolation(error)) throw new ExpectedError("officeSettings.agreements.conflict");
    throw error;
  }
}
