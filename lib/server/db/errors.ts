import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A unique constraint refused the write: the row exists already (e.g. two concurrent requests). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The row to update or delete is gone (e.g. removed by a concurrent request). */
export function isRecordMissing(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
