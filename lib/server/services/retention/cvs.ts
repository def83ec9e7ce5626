import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { type CvCandidate, type RetentionCutoffs, isCvDue, isCvFileRemovable } from "@/lib/domain/retention";
import { prisma, type Tx } from "../../db";
import { deleteCv } from "../../files/cv";
import { errorFields, log } from "../../log";
import { SWEEP_BATCH, afterCursor, sweep } from "./sweep";

// CVs of applications that led to no placement, N months after their offer closed. Per stored
// file: one transaction re-reads every row naming it and clears them only if all are still due
// and no profile names it; the file is deleted after the commit (the store → save → clean-up
// order of docs/decisions/0013-shared-files.md). A file whose removal fails is logged by its
// random stored name (no person in it) and counted; its rows no longer name it.

const NOT_PLACED = ["REJECTED", "WITHDRAWN", "SUBMITTED", "SHORTLISTED"] as const;

const candidateSelect = {
  id: true,
  status: true,
  cvFile: true,
  placement: { select: { status: true } },
  offer: { select: { status: true, applicationDeadline: true, updatedAt: true } },
} satisfies Prisma.ApplicationSelect;

type Row = Prisma.ApplicationGetPayload<{ select: typeof candidateSelect }>;

const asCandidate = (row: Row): CvCandidate => ({ status: row.status, placement: row.placement?.status ?? null, cvFile: row.cvFile, offer: row.offer });

/** Clears every application naming `name` if the file may go; how many were cleared (0 = kept). */
async function clearFile(tx: Tx, name: string, cutoffs: RetentionCutoffs): Promise<number> {
  const [rows, profiles] = await Promise.all([
    tx.application.findMany({ where: { cvFile: name }, select: candidateSelect }),
    tx.participantProfile.count({ where: { cvFile: name } }),
  ]);
  if (!isCvFileRemovable(rows.map(asCandidate), profiles, cutoffs)) return 0;
  const { count } = await tx.application.updateMany({
    where: { id: { in: rows.map((r) => r.id) }, cvFile: name },
    data: { cvFile: null, cvFileName: null },
  });
  return count;
}

/** Deletes a stored CV whose rows are gone; a failure is logged and counted, never thrown. */
export async function deleteCvFile(name: string): Promise<boolean> {
  try {
    await deleteCv(name);
    return true;
  } catch (error) {
    log("warn", "retention.cv-delete-failed", { storedName: name, ...errorFields(error) });
    return false;
  }
}

export async function removeDueCvs(cutoffs: RetentionCutoffs): Promise<{ cvs: number; cvFailures: number }> {
  let failures = 0;
  const cvs = await sweep(
    (row: Row) => row.id,
    (after) =>
      prisma.application.findMany({
        where: {
          id: afterCursor(after),
          cvFile: { not: null },
          status: { in: [...NOT_PLACED] },
          offer: { OR: [{ applicationDeadline: { lte: cutoffs.offerClosedBy } }, { status: "CLOSED", updatedAt: { lte: cutoffs.offerClosedBy } }] },
        },
        select: candidateSelect,
        orderBy: { id: "asc" },
        take: SWEEP_BATCH,
      }),
    (row) => isCvDue(asCandidate(row), cutoffs),
    async (due) => {
      let cleared = 0;
      for (const name of new Set(due.map((r) => r.cvFile!))) {
        const count = await prisma.$transaction((tx) => clearFile(tx, name, cutoffs));
        if (count === 0) continue;
        cleared += count;
        if (!(await deleteCvFile(name))) failures++;
      }
      return cleared;
    },
  );
  return { cvs, cvFailures: failures };
}
