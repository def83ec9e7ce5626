import type { Prisma, PrismaClient } from "@/generated/prisma/client";

/**
 * What the seed and the factories write through: the app's client or a transaction client, so
 * tests can run a factory inside `db.$transaction(async (tx) => …)` and roll everything back.
 */
export type SeedDb = PrismaClient | Prisma.TransactionClient;
