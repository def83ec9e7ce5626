import "server-only";
import { isoDate } from "@/lib/domain/dates";
import { randomUUID } from "node:crypto";
import type { DataExport, Job } from "@/generated/prisma/client";
import { prisma } from "../db";
import { audit } from "../audit";
import { ExpectedError, NotFoundError } from "../errors";
import { readCv } from "../files/cv";
import { fileStore } from "../files/file-store";
import { zip } from "../files/zip";
import { enqueue, queueMail } from "../jobs/queue";
import { log } from "../log";
import { accountMail } from "../mail/account-mail";
import { collectExportContent } from "./data-export-content";

// "Download my data" (GDPR Art. 15/20): the page queues a `data-export` job; the job builds a ZIP of
// data.json and the person's CVs, stores it as export-<uuid>.zip and mails the owner. The archive
// is kept EXPORT_TTL_MS, then deleteExpiredExports (called by the retention job) removes it.

export const EXPORT_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export type DataExportStatus = "queued" | "running" | "ready" | "failed" | "expired";
const BUSY: DataExportStatus[] = ["queued", "running"];
const EXPORT_NAME = /^export-[0-9a-f-]{36}\.zip$/;

/** The person's latest export, as the account page shows it (an expired one reads as none). */
export async function latestExport(userId: string, now: Date = new Date()): Promise<DataExport | null> {
  const row = await prisma.dataExport.findFirst({ where: { userId }, orderBy: { createdAt: "desc" } });
  if (!row || row.status === "expired" || (row.status === "ready" && row.expiresAt && row.expiresAt <= now)) return null;
  return row;
}

/** "Prepare my data": one export at a time; a new one replaces the previous archive. */
export async function requestDataExport(userId: string): Promise<string> {
  const id = await prisma.$transaction(async (tx) => {
    const busy = await tx.dataExport.count({ where: { userId, status: { in: BUSY } } });
    if (busy > 0) throw new ExpectedError("myData.export.alreadyRunning", { status: 409 });
    const row = await tx.dataExport.create({ data: { userId } });
    await enqueue(tx, "data-export", { exportId: row.id });
    await audit(tx, { actorId: userId, verb: "user.data-export.request", entityType: "DataExport", entityId: row.id });
    return row.id;
  });
  await removeOlderExports(userId, id);
  return id;
}

async function removeOlderExports(userId: string, keepId: string) {
  const older = await prisma.dataExport.findMany({ where: { userId, id: { not: keepId }, fileName: { not: null } } });
  for (const row of older) await removeExportFile(row);
}

async function removeExportFile(row: DataExport) {
  if (row.fileName) await fileStore().delete(row.fileName);
  await prisma.dataExport.update({ where: { id: row.id }, data: { status: "expired", fileName: null, size: null } });
}

const setProgress = (id: string, progress: number, status: DataExportStatus = "running") =>
  prisma.dataExport.update({ where: { id }, data: { progress, status } });

/**
 * The `data-export` job. Safe to run twice: a finished export is left alone, and a half-built one
 * is built again under a new name (the store never shows half a file). On the last attempt's
 * failure the row says "failed", so the page offers to try again.
 */
export async function runDataExport(exportId: string, job?: Pick<Job, "attempts" | "maxAttempts">, now: Date = new Date()): Promise<void> {
  const row = await prisma.dataExport.findUnique({ where: { id: exportId } });
  if (!row || !BUSY.includes(row.status as DataExportStatus)) return;
  try {
    await setProgress(row.id, 10);
    const { data, cvs } = await collectExportContent(row.userId, now);
    await setProgress(row.id, 40);
    const files = [];
    for (const cv of cvs) {
      // A CV removed meanwhile (retention, a replaced upload) is simply not in the archive.
      try {
        files.push({ name: cv.zipName, data: await readCv(cv.storedName) });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    await setProgress(row.id, 80);
    const bytes = zip([{ name: "data.json", data: JSON.stringify(data, null, 2) }, ...files], now);
    const fileName = `export-${randomUUID()}.zip`;
    await fileStore().put(fileName, bytes, "application/zip");
    const user = await prisma.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true, name: true, locale: true, deletedAt: true } });
    await prisma.$transaction(async (tx) => {
      await tx.dataExport.update({
        where: { id: row.id },
        data: { status: "ready", progress: 100, fileName, size: bytes.length, readyAt: now, expiresAt: new Date(now.getTime() + EXPORT_TTL_MS) },
      });
      if (!user.deletedAt) await queueMail(tx, accountMail("dataExportReady", user, "/account#my-data"));
      await audit(tx, {
        actorId: null,
        verb: "user.data-export.ready",
        entityType: "DataExport",
        entityId: row.id,
        after: { files: files.length, bytes: bytes.length },
      });
    });
  } catch (error) {
    if (job && job.attempts >= job.maxAttempts) {
      await prisma.dataExport.update({ where: { id: row.id }, data: { status: "failed" } });
      log("error", "data-export.failed", { exportId: row.id });
    }
    throw error;
  }
}

/** The owner's ready archive; anyone else's, an expired one or an unknown id is simply not found. */
export async function readDataExport(userId: string, exportId: string, now: Date = new Date()): Promise<{ bytes: Buffer; fileName: string }> {
  const row = await prisma.dataExport.findUnique({ where: { id: exportId } });
  if (!row || row.userId !== userId || row.status !== "ready" || !row.fileName || !EXPORT_NAME.test(row.fileName) || !row.expiresAt) throw new NotFoundError();
  if (row.expiresAt <= now) {
    // Past its 7 days: the download removes it if the retention job has not yet.
    await removeExportFile(row);
    throw new NotFoundError();
  }
  const bytes = await fileStore().get(row.fileName);
  await prisma.$transaction((tx) => audit(tx, { actorId: userId, verb: "user.data-export.download", entityType: "DataExport", entityId: row.id }));
  return { bytes, fileName: `dot-portal-my-data-${isoDate(row.createdAt)}.zip` };
}

/**
 * For the retention job: removes every archive whose 7 days have passed (and the archives of an
 * erased account). Returns how many files were removed.
 */
export async function deleteExpiredExports(now: Date = new Date()): Promise<number> {
  const rows = await prisma.dataExport.findMany({ where: { status: "ready", expiresAt: { lte: now } } });
  for (const row of rows) await removeExportFile(row);
  return rows.length;
}

/** Every archive of one person, at once (account erasure). */
export async function deleteExportsOf(userId: string): Promise<number> {
  const rows = await prisma.dataExport.findMany({ where: { userId } });
  for (const row of rows) if (row.fileName) await fileStore().delete(row.fileName);
  await prisma.dataExport.deleteMany({ where: { userId } });
  return rows.filter((r) => r.fileName).length;
}
