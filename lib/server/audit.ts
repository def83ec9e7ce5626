import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditVerb } from "./audit-verbs";
import type { Tx } from "./db";

export type AuditInput = {
  actorId: string | null;
  verb: AuditVerb;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Writes an audit event inside the caller's transaction, so the change and its trace commit together. */
export function audit(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({ data: event });
}
