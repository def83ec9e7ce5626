import "server-only";
import type { KeyAction } from "@/lib/domain";
import { prisma, type Tx } from "../db";

type Db = Tx | typeof prisma;

/**
 * The agreement number of the institution's Erasmus+ project for this action and call year
 * (domain.md §5), or null when the office has not entered it yet.
 */
export async function getAgreementNumber(institutionId: string, action: KeyAction, callYear: number, db: Db = prisma): Promise<string | null> {
  const row = await db.projectAgreement.findUnique({
    where: { institutionId_action_callYear: { institutionId, action, callYear } },
    select: { agreementNumber: true },
  });
  return row?.agreementNumber ?? null;
}
