import "server-only";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "../env";
import { makeClientAdapter } from "./adapters";

// The generated client is provider-specific (generated from prisma/$DB_PROVIDER), so the
// adapter follows the same DB_PROVIDER. One client per process; dev reloads reuse it.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma = globalForPrisma.prisma ?? new PrismaClient({ adapter: makeClientAdapter(env.DB_PROVIDER, env.DATABASE_URL) });

if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** The client or a transaction's client: for work that runs alone or inside a caller's transaction. */
export type Db = Tx | typeof prisma;
