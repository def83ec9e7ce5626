import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type AccountCandidate, type RetentionCutoffs, SELF_REGISTERED_ROLES, accountVerdict } from "@/lib/domain/retention";
import { prisma, type Tx } from "../../db";
import { deleteCvFile } from "./cvs";
import { SWEEP_BATCH, afterCursor, sweep } from "./sweep";

// Self-registered accounts that never confirmed their address, 30 days on, when nothing else
// needs them (lib/domain/retention.ts accountVerdict). One transaction per account re-reads it,
// and deletes its profile (its languages cascade) and the user (tokens, linked identities, saved
// offers and searches cascade; audit events it acted in keep their verb with no actor). The
// audit events *about* the account or its profile held its address and profile fields: they keep
// their verb and date, and their contents are replaced by a note of the erasure. The profile's
// CV file goes after the commit unless an application names it.

const candidateSelect = {
  id: true,
  role: true,
  emailVerifiedAt: true,
  deletedAt: true,
  createdAt: true,
  hostOrganisationId: true,
  participant: { select: { id: true, cvFile: true, _count: { select: { applications: true } } } },
  _count: { select: { messages: true } },
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof candidateSelect }>;

const asCandidate = (row: Row): AccountCandidate => ({
  ...row,
  applications: row.participant?._count.applications ?? 0,
  messages: row._count.messages,
});

const ERASED = { erased: "retention" } as const;

class ChangedMeanwhile extends Error {}

/** Deletes the account if it is still due; the profile's CV name to delete afterwards, or false if kept. */
async function removeAccount(tx: Tx, id: string, cutoffs: RetentionCutoffs): Promise<string | null | false> {
  const row = await tx.user.findUnique({ where: { id }, select: candidateSelect });
  if (!row || accountVerdict(asCandidate(row), cutoffs) !== "remove") return false;
  const about = [{ entityType: "User", entityId: id }, ...(row.participant ? [{ entityType: "ParticipantProfile", entityId: row.participant.id }] : [])];
  await tx.auditEvent.updateMany({ where: { OR: about }, data: { before: Prisma.DbNull, after: ERASED } });
  if (row.participant) await tx.participantProfile.delete({ where: { id: row.participant.id } });
  // Compare-and-set: an address confirmed since the read (PostgreSQL reads committed data) rolls all back.
  const { count } = await tx.user.deleteMany({ where: { id, emailVerifiedAt: null, deletedAt: null } });
  if (count === 0) throw new ChangedMeanwhile();
  const cv = row.participant?.cvFile ?? null;
  if (cv && (await tx.application.count({ where: { cvFile: cv } })) > 0) return null;
  return cv;
}

export async function removeUnverifiedAccounts(cutoffs: RetentionCutoffs): Promise<{ accounts: number; accountsKept: number; cvFailures: number }> {
  let kept = 0;
  let failures = 0;
  const accounts = await sweep(
    (row: Row) => row.id,
    (after) =>
      prisma.user.findMany({
        where: {
          id: afterCursor(after),
          role: { in: [...SELF_REGISTERED_ROLES] },
          emailVerifiedAt: null,
          deletedAt: null,
          createdAt: { lte: cutoffs.accountCreatedBy },
        },
        select: candidateSelect,
        orderBy: { id: "asc" },
        take: SWEEP_BATCH,
      }),
    (row) => {
      const verdict = accountVerdict(asCandidate(row), cutoffs);
      if (verdict === "keep-referenced") kept++;
      return verdict === "remove";
    },
    async (due) => {
      let removed = 0;
      for (const row of due) {
        const outcome = await prisma
          .$transaction((tx) => removeAccount(tx, row.id, cutoffs))
          .catch((error: unknown) => {
            if (error instanceof ChangedMeanwhile) return false as const;
            throw error;
          });
        if (outcome === false) continue;
        removed++;
        if (outcome && !(await deleteCvFile(outcome))) failures++;
      }
      return removed;
    },
  );
  return { accounts, accountsKept: kept, cvFailures: failures };
}
