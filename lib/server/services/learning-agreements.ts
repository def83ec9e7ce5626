import "server-only";
import type { LearningAgreement, Prisma } from "@/generated/prisma/client";
import { draftLearningAgreement } from "@/lib/domain/learning-agreement";
import type { Tx } from "../db";
import { audit } from "../audit";
import { NotFoundError } from "../errors";
import { readDotCheck } from "./offer-page";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function confirmedCategories(value: Prisma.JsonValue | null): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/**
 * The placement's Learning Agreement, created on first call as a draft pre-filled from the offer
 * and its DOT check (lib/domain/learning-agreement/draft.ts); later calls return the existing one.
 * Runs in the caller's transaction: the approval creates it together with the mobility record.
 * The placement's status is not checked here, so the caller may set APPROVED before or after.
 */
export async function createLearningAgreement(tx: Tx, placementId: string, actorId: string | null = null): Promise<LearningAgreement> {
  const existing = await tx.learningAgreement.findUnique({ where: { placementId } });
  if (existing) return existing;
  const placement = await tx.placement.findUnique({
    where: { id: placementId },
    include: {
      application: {
        include: {
          offer: {
            include: {
              languages: { orderBy: { language: "asc" } },
              host: { include: { users: { where: { role: "COMPANY", deletedAt: null }, orderBy: { createdAt: "asc" }, take: 1 } } },
            },
          },
        },
      },
    },
  });
  if (!placement) throw new NotFoundError();
  const offer = placement.application.offer;
  const contact = offer.host.users[0];
  const draft = draftLearningAgreement({
    start: isoDate(placement.startDate),
    end: isoDate(placement.endDate),
    offer: { title: offer.title, tasks: offer.tasks, language: offer.language, languages: offer.languages },
    classification: readDotCheck(offer.dotCheck, offer.tasks),
    confirmed: { categories: confirmedCategories(placement.overrideCategories), justification: placement.overrideJustification },
    mentor: contact ? { name: contact.name, email: contact.email } : null,
  });
  const created = await tx.learningAgreement.create({
    data: { ...draft, placementId, plannedStart: utcDate(draft.plannedStart), plannedEnd: utcDate(draft.plannedEnd) },
  });
  await audit(tx, { actorId, verb: "learning-agreement.create", entityType: "LearningAgreement", entityId: created.id, after: { placementId, version: created.version } });
  return created;
}
