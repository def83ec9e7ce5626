import "server-only";
import { dateFromIso, isoDate } from "@/lib/domain/dates";
import { requireVerifiedEmail } from "../auth/verified-email";
import type { Prisma } from "@/generated/prisma/client";
import { classifyActivities, isEligibleHostType, isHostOrganisationType } from "@/lib/domain";
import { OFFER_WINDOW_MESSAGES, offerWindowProblems } from "@/lib/domain/offer-window";
import type { OfferInput } from "@/lib/validation/offer";
import { prisma, type Db } from "../db";
import { audit } from "../audit";
import type { CurrentUser } from "../auth/session";
import { ExpectedError, NotFoundError } from "../errors";
import { revalidateHome, revalidateOfferPages } from "../public-pages";
import { queueSearchAlerts } from "../jobs/queue";

/** The company user's own offer, or 404 — another host's offer id is treated as not existing. */
export async function getOwnOffer(user: CurrentUser, offerId: string, db: Db = prisma) {
  if (!user.hostOrganisationId) throw new NotFoundError();
  const offer = await db.offer.findFirst({
    where: { id: offerId, hostId: user.hostOrganisationId },
    include: { categories: true, languages: true, host: true },
  });
  if (!offer) throw new NotFoundError();
  return offer;
}

/** Only an organisation of an eligible host type may publish (docs/domain.md §3). */
export function hostMayPublish(hostType: string): boolean {
  return isHostOrganisationType(hostType) && isEligibleHostType(hostType);
}

/** The own offer as the editor shows it, with whether it can be published from there. */
export async function getOwnOfferForEditor(user: CurrentUser, offerId: string) {
  const offer = await getOwnOffer(user, offerId);
  return { ...offer, canPublish: offer.status !== "PUBLISHED" && hostMayPublish(offer.host.type) };
}

/** A published offer's period must be one a traineeship can fill (lib/domain/offer-window.ts). */
function requireFillableWindow(offer: {
  earliestStart: Date;
  latestEnd: Date;
  applicationDeadline: Date;
  durationMinMonths: number;
  durationMinDays: number | null;
}) {
  const [problem] = offerWindowProblems({
    earliestStart: isoDate(offer.earliestStart),
    latestEnd: isoDate(offer.latestEnd),
    applicationDeadline: isoDate(offer.applicationDeadline),
    durationMinMonths: offer.durationMinMonths,
    durationMinDays: offer.durationMinDays,
  });
  if (problem) throw new ExpectedError(OFFER_WINDOW_MESSAGES[problem.code], { field: problem.field });
}

function requireHost(user: CurrentUser): string {
  if (!user.hostOrganisationId) throw new ExpectedError("offerEditor.noOrganisation");
  return user.hostOrganisationId;
}

function offerColumns(input: Omit<OfferInput, "offerId" | "intent">) {
  const dotCheck = classifyActivities(input.tasks);
  return {
    dotCheck,
    columns: {
      title: input.title,
      description: input.description,
      tasks: input.tasks,
      language: input.language,
      country: input.country,
      city: input.city,
      workMode: input.workMode,
      durationMinMonths: input.durationMinMonths,
      durationMaxMonths: input.durationMaxMonths,
      durationMinDays: input.durationMinDays,
      durationMaxDays: input.durationMaxDays,
      forStudents: input.forStudents,
      forStaff: input.forStaff,
      forVetLearners: input.forVetLearners,
      earliestStart: dateFromIso(input.earliestStart),
      latestEnd: dateFromIso(input.latestEnd),
      applicationDeadline: dateFromIso(input.applicationDeadline),
      stipendCents: input.stipendCents,
      places: input.places,
      requiredSkills: input.requiredSkills,
      // The last DOT check is stored with the offer: the public page shows its evidence.
      dotCheck: dotCheck as unknown as Prisma.InputJsonValue,
      dotQualifies: dotCheck.qualifies,
    },
  };
}

/** Creates a draft, or updates the user's own offer. A published offer must keep qualifying. */
export async function saveOffer(user: CurrentUser, offerId: string | null, input: Omit<OfferInput, "offerId" | "intent">) {
  const hostId = requireHost(user);
  const { dotCheck, columns } = offerColumns(input);
  const saved = await prisma.$transaction(async (tx) => {
    if (!offerId) {
      const created = await tx.offer.create({
        data: {
          ...columns,
          hostId,
          status: "DRAFT",
          categories: { create: input.categories.map((category) => ({ category })) },
          languages: { create: input.languages },
        },
      });
      await audit(tx, { actorId: user.id, verb: "offer.create", entityType: "Offer", entityId: created.id, after: { title: created.title } });
      return created;
    }
    const existing = await getOwnOffer(user, offerId, tx);
    if (existing.status === "PUBLISHED" && !dotCheck.qualifies) throw new ExpectedError("offerEditor.notQualifying", { field: "tasks" });
    if (existing.status === "PUBLISHED") requireFillableWindow(columns);
    await tx.offerCategory.deleteMany({ where: { offerId } });
    await tx.offerLanguage.deleteMany({ where: { offerId } });
    const updated = await tx.offer.update({
      where: { id: offerId },
      data: {
        ...columns,
        categories: { create: input.categories.map((category) => ({ category })) },
        languages: { create: input.languages },
      },
    });
    await audit(tx, {
      actorId: user.id,
      verb: "offer.update",
      entityType: "Offer",
      entityId: offerId,
      before: { title: existing.title, tasks: existing.tasks },
      after: { title: updated.title, tasks: updated.tasks },
    });
    return updated;
  });
  // An edited published offer: its cached public page shows the new text from the next request.
  if (saved.status === "PUBLISHED") revalidateOfferPages(saved.id);
  return saved;
}

/**
 * Publishing re-runs the DOT check on the server (docs/domain.md §1) and refuses an offer without
 * evidence of a listed activity, or one of a host that may not host (docs/domain.md §3). Idempotent.
 */
export async function publishOffer(user: CurrentUser, offerId: string, today: Date = new Date()) {
  requireVerifiedEmail(user);
  const published = await prisma.$transaction(async (tx) => {
    const offer = await getOwnOffer(user, offerId, tx);
    if (offer.status === "PUBLISHED") return offer;
    if (!hostMayPublish(offer.host.type)) throw new ExpectedError("offerEditor.hostIneligible");
    const dotCheck = classifyActivities(offer.tasks);
    if (!dotCheck.qualifies) throw new ExpectedError("offerEditor.notQualifying", { field: "tasks" });
    requireFillableWindow(offer);
    if (offer.applicationDeadline.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) {
      throw new ExpectedError("offerEditor.deadlinePassed", { field: "applicationDeadline" });
    }
    const updated = await tx.offer.update({
      where: { id: offerId },
      data: { status: "PUBLISHED", publishedAt: today, dotCheck: dotCheck as unknown as Prisma.InputJsonValue, dotQualifies: true },
    });
    await audit(tx, {
      actorId: user.id,
      verb: "offer.publish",
      entityType: "Offer",
      entityId: offerId,
      before: { status: offer.status },
      after: { status: "PUBLISHED" },
    });
    // Saved-search alerts about the new offer: a job committed with the publication.
    await queueSearchAlerts(tx);
    return updated;
  });
  // A page cached while the offer was a draft says "not found"; the home page counts it.
  revalidateOfferPages(offerId);
  revalidateHome();
  return published;
}

export async function closeOffer(user: CurrentUser, offerId: string) {
  const closed = await prisma.$transaction(async (tx) => {
    const offer = await getOwnOffer(user, offerId, tx);
    if (offer.status === "CLOSED") return offer;
    const updated = await tx.offer.update({ where: { id: offerId }, data: { status: "CLOSED" } });
    await audit(tx, {
      actorId: user.id,
      verb: "offer.close",
      entityType: "Offer",
      entityId: offerId,
      before: { status: offer.status },
      after: { status: "CLOSED" },
    });
    return updated;
  });
  // A closed offer must not stay open on its cached page (nor in the home page's count).
  revalidateOfferPages(offerId);
  revalidateHome();
  return closed;
}

/** A draft copy of the user's own offer (title marked as a copy), to post a similar traineeship. */
export async function duplicateOffer(user: CurrentUser, offerId: string, copySuffix: string) {
  return prisma.$transaction(async (tx) => {
    const {
      id: _id,
      host: _host,
      categories,
      languages,
      createdAt: _c,
      updatedAt: _u,
      publishedAt: _p,
      status: _s,
      dotCheck,
      ...fields
    } = await getOwnOffer(user, offerId, tx);
    const copy = await tx.offer.create({
      data: {
        ...fields,
        dotCheck: (dotCheck ?? undefined) as Prisma.InputJsonValue | undefined,
        title: `${fields.title} ${copySuffix}`.slice(0, 160),
        status: "DRAFT",
        categories: { create: categories.map((c) => ({ category: c.category })) },
        languages: { create: languages.map((l) => ({ language: l.language, level: l.level })) },
      },
    });
    await audit(tx, { actorId: user.id, verb: "offer.duplicate", entityType: "Offer", entityId: copy.id, after: { from: offerId } });
    return copy;
  });
}

/**
 * Deletes the user's own draft for good. Only a draft that no one applied to: a published or
 * closed offer has a public history (applications, placements, saved searches' alerts) and is
 * closed instead. The audit keeps the title, so the log can still name what was deleted.
 */
export async function deleteDraftOffer(user: CurrentUser, offerId: string) {
  await prisma.$transaction(async (tx) => {
    const offer = await getOwnOffer(user, offerId, tx);
    if (offer.status !== "DRAFT") throw new ExpectedError("offerEditor.deleteNotDraft", { status: 409 });
    if ((await tx.application.count({ where: { offerId } })) > 0) throw new ExpectedError("offerEditor.deleteHasApplications", { status: 409 });
    await tx.offer.delete({ where: { id: offerId } });
    await audit(tx, { actorId: user.id, verb: "offer.delete", entityType: "Offer", entityId: offerId, before: { title: offer.title, status: offer.status } });
  });
}
