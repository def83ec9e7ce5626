import "server-only";
import { isoDate, dateFromIso } from "@/lib/domain/dates";
import { Prisma } from "@/generated/prisma/client";
import { type AcceptWarning, acceptWarnings } from "@/lib/domain/accept-warnings";
import { type LifecycleActor, type LifecycleEvent, type LifecycleState, type PlacementState, alreadyDone, transition } from "@/lib/domain/placement-lifecycle";
import type { CancelInput, CancelPlacementInput, ReleaseInput, ReproposeInput } from "@/lib/validation/placement-lifecycle";
import { prisma, type Tx } from "../../db";
import { audit } from "../../audit";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError, NotFoundError } from "../../errors";
import { queueMails } from "../../jobs/queue";
import { type LifecycleAudience, type LifecycleMailEvent, placementLifecycleMail } from "../../mail/placement-lifecycle-mail";
import { proposeActionAndCallYear } from "@/lib/domain/placement-proposal";
import { durationRule } from "@/lib/domain/duration";
import { isShortTermOffer } from "@/lib/domain/formats";
import { isParticipantCategory } from "@/lib/domain/participants";
import { formatSettingsOfInstitution } from "../format-settings";
import { type ProposalRows, proposalCheckInput } from "./review";

// The ways back after a refusal and the cancellation of an approved placement
// (lib/domain/placement-lifecycle.ts): the host proposes corrected dates or releases the place,
// the participant or the office cancels. Each one: the state machine allows it, a conditional
// update inside a transaction makes it happen once, an audit event records it, and the parties
// are mailed after the commit. Repeating a step already taken changes nothing.

const E = "placementLifecycle.errors";

export const LIFECYCLE_INCLUDE = {
  offer: { include: { host: true, categories: true } },
  placement: true,
  participant: { include: { user: { select: { id: true, name: true, email: true, locale: true } }, institution: true } },
} satisfies Prisma.ApplicationInclude;

export type LifecycleApplication = Prisma.ApplicationGetPayload<{ include: typeof LIFECYCLE_INCLUDE }>;

type Stateful = { status: LifecycleState["application"]; placement: { status: PlacementState } | null };

export const stateOf = (a: Stateful): LifecycleState => ({
  application: a.status,
  placement: a.placement?.status ?? null,
});

/** Refuses a step the state machine does not allow now; true when it was already taken (nothing to do). */
export function guard(a: Stateful, event: LifecycleEvent, actor: LifecycleActor): boolean {
  const state = stateOf(a);
  const result = transition(state, event, actor);
  if (result.ok) return false;
  if (alreadyDone(state, event)) return true;
  throw new ExpectedError(`${E}.notNow`, { status: 409 });
}

type PeriodRows = {
  offer: ProposalRows["offer"] & {
    durationMinMonths: number;
    durationMaxMonths: number;
    durationMinDays: number | null;
    durationMaxDays: number | null;
    earliestStart: Date;
    latestEnd: Date;
  };
  participant: ProposalRows["participant"] & { institution: { country: string; type?: string; formatSettings?: unknown } };
  placement: { action: string; callYear: number; format?: string } | null;
};

/** The proposal's rows for the rules engine: the participant's organisation included (docs/domain.md §3a). */
function rowsOf(a: PeriodRows, action: string, callYear: number, format: string | null, start: string, end: string): ProposalRows {
  const institution = a.participant.institution;
  return {
    action,
    callYear,
    format,
    start,
    end,
    offer: a.offer,
    participant: a.participant,
    sendingCountry: institution.country,
    sendingType: institution.type,
    settings: institution.formatSettings,
  };
}

const termsOf = (offer: PeriodRows["offer"]) => ({
  durationMinMonths: offer.durationMinMonths,
  durationMaxMonths: offer.durationMaxMonths,
  durationMinDays: offer.durationMinDays,
  durationMaxDays: offer.durationMaxDays,
  earliestStart: isoDate(offer.earliestStart),
  latestEnd: isoDate(offer.latestEnd),
});

/**
 * What the accept and corrected-dates forms check while the host types: everything the office's
 * checks read except the dates (under the current placement's action, else the one accepting
 * would propose today), and the offer's own terms.
 */
export function periodContext(a: PeriodRows, today: Date = new Date()) {
  const { action, callYear } = a.placement ?? proposalFor(a, null, today);
  // No format: the checks infer it from the category and the dates the host types (§3a).
  const { start: _start, end: _end, ...base } = proposalCheckInput(rowsOf(a, action, callYear, null, "", ""));
  return { base, terms: termsOf(a.offer) };
}

/** What the office's checks and the offer's own terms will say about this period (the host's warning). */
export function warningsFor(a: PeriodRows, action: string, callYear: number, start: string, end: string, format: string | null = null): AcceptWarning[] {
  return acceptWarnings(proposalCheckInput(rowsOf(a, action, callYear, format, start, end)), termsOf(a.offer));
}

/**
 * What accepting proposes today (docs/domain.md §3a): the participant's sector decides the action,
 * the category and the length the format, with the sending organisation's settings.
 */
export function proposalFor(a: PeriodRows, period: { start: string; end: string } | null, today: Date) {
  const institution = a.participant.institution;
  const days = period ? durationRule(period.start, period.end).days || null : null;
  const settings = formatSettingsOfInstitution(institution.formatSettings);
  return proposeActionAndCallYear({
    sendingCountry: institution.country,
    hostCountry: a.offer.country,
    today,
    category: isParticipantCategory(a.participant.category) ? a.participant.category : undefined,
    days,
    settings,
    shortTermOffer: isShortTermOffer(a.offer, settings),
  });
}

/** The host must have seen the warnings and chosen "accept anyway". */
export function requireWarningsAcknowledged(warnings: readonly AcceptWarning[], acknowledged: boolean) {
  if (warnings.length > 0 && !acknowledged) throw new ExpectedError("placementLifecycle.warnings.confirmRequired", { field: "acceptAnyway", status: 400 });
}

async function hostApplication(user: CurrentUser, applicationId: string): Promise<LifecycleApplication> {
  if (!user.hostOrganisationId) throw new NotFoundError();
  const a = await prisma.application.findFirst({ where: { id: applicationId, offer: { hostId: user.hostOrganisationId } }, include: LIFECYCLE_INCLUDE });
  if (!a) throw new NotFoundError();
  return a;
}

// ——— mail ———

type Recipient = { email: string; name: string; locale: string };

async function recipients(db: Tx, a: LifecycleApplication, audiences: readonly LifecycleAudience[]): Promise<[LifecycleAudience, Recipient][]> {
  const out: [LifecycleAudience, Recipient][] = [];
  if (audiences.includes("participant")) out.push(["participant", a.participant.user]);
  const [hosts, officers] = await Promise.all([
    audiences.includes("host")
      ? db.user.findMany({ where: { hostOrganisationId: a.offer.hostId, role: "COMPANY", deletedAt: null }, select: { email: true, name: true, locale: true } })
      : [],
    audiences.includes("office")
      ? db.user.findMany({
          where: { institutionId: a.participant.institutionId, role: "OFFICE", deletedAt: null },
          select: { email: true, name: true, locale: true },
        })
      : [],
  ]);
  for (const h of hosts) out.push(["host", h]);
  for (const o of officers) out.push(["office", o]);
  return out;
}

/** Queues the step's mails in the step's own transaction: they exist exactly when the step committed. */
export async function notifyLifecycle(
  tx: Tx,
  a: LifecycleApplication,
  placement: { id: string; startDate: Date; endDate: Date } | null,
  event: LifecycleMailEvent,
  audiences: readonly LifecycleAudience[],
  reason?: string | null,
) {
  const to = await recipients(tx, a, audiences);
  await queueMails(
    tx,
    to.map(([audience, recipient]) =>
      placementLifecycleMail({
        to: recipient,
        audience,
        event,
        participant: a.participant.user.name,
        offerTitle: a.offer.title,
        hostName: a.offer.host.legalName,
        placement: placement ? { id: placement.id, startDate: placement.startDate, endDate: placement.endDate } : null,
        applicationId: a.id,
        reason,
      }),
    ),
  );
}

const TX = { maxWait: 15_000, timeout: 20_000 };

// ——— the host: corrected dates, or release ———

/**
 * After the office refused the placement: the host proposes corrected dates. The refused proposal
 * is kept (PlacementProposal) and the placement is PROPOSED again with the new dates, back in the
 * office's queue. Sending the same dates again once proposed changes nothing.
 */
export async function reproposePlacement(user: CurrentUser, input: ReproposeInput, now: Date = new Date()) {
  const a = await hostApplication(user, input.applicationId);
  const p = a.placement;
  if (!p) throw new ExpectedError(`${E}.notNow`, { status: 409 });
  const sameDates = isoDate(p.startDate) === input.start && isoDate(p.endDate) === input.end;
  if (guard(a, "repropose", "host")) {
    if (sameDates) return { placementId: p.id, already: true };
    throw new ExpectedError(`${E}.notNow`, { status: 409 });
  }
  // Corrected dates can change the format (a 20-day period is short-term, §3a): inferred again.
  const { format } = proposalFor(a, input, new Date());
  requireWarningsAcknowledged(warningsFor(a, p.action, p.callYear, input.start, input.end, format), input.acceptAnyway);
  const moved = await prisma.$transaction(async (tx) => {
    const { count } = await tx.placement.updateMany({
      where: { id: p.id, status: "REJECTED", application: { status: "ACCEPTED" } },
      data: {
        status: "PROPOSED",
        format,
        startDate: dateFromIso(input.start),
        endDate: dateFromIso(input.end),
        checks: Prisma.DbNull,
        decidedById: null,
        decidedAt: null,
        decisionReason: null,
      },
    });
    if (count === 0) return false;
    const previous = await tx.placementProposal.findFirst({ where: { placementId: p.id }, orderBy: { supersededAt: "desc" }, select: { supersededAt: true } });
    await tx.placementProposal.create({
      data: {
        placementId: p.id,
        startDate: p.startDate,
        endDate: p.endDate,
        status: p.status,
        checks: p.checks ?? Prisma.DbNull,
        decidedById: p.decidedById,
        decidedAt: p.decidedAt,
        decisionReason: p.decisionReason,
        proposedAt: previous?.supersededAt ?? p.createdAt,
        supersededAt: now,
      },
    });
    await audit(tx, {
      actorId: user.id,
      verb: "placement.repropose",
      entityType: "Placement",
      entityId: p.id,
      before: { status: p.status, start: isoDate(p.startDate), end: isoDate(p.endDate), reason: p.decisionReason },
      after: { status: "PROPOSED", start: input.start, end: input.end },
    });
    await notifyLifecycle(tx, a, { id: p.id, startDate: dateFromIso(input.start), endDate: dateFromIso(input.end) }, "reproposed", ["participant", "office"]);
    return true;
  }, TX);
  if (!moved) return { placementId: p.id, already: true };
  return { placementId: p.id, already: false };
}

/**
 * After the office refused the placement: the host gives the place up. The application becomes
 * REJECTED with the host's reason, which frees the offer's place, and the participant is told.
 */
export async function releasePlace(user: CurrentUser, input: ReleaseInput, now: Date = new Date()) {
  const a = await hostApplication(user, input.applicationId);
  if (guard(a, "release", "host")) return { already: true };
  const p = a.placement!;
  const moved = await prisma.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({
      where: { id: a.id, status: "ACCEPTED", placement: { status: "REJECTED" } },
      data: { status: "REJECTED", reason: input.reason, decidedAt: now },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: user.id,
      verb: "application.release",
      entityType: "Application",
      entityId: a.id,
      before: { status: "ACCEPTED", placementStatus: p.status },
      after: { status: "REJECTED", reason: input.reason },
    });
    await notifyLifecycle(tx, a, p, "released", ["participant", "office"], input.reason);
    return true;
  }, TX);
  if (!moved) {
    guard(await hostApplication(user, input.applicationId), "release", "host");
    return { already: true };
  }
  return { already: false };
}

// ——— the participant or the office: cancel an approved placement ———

async function cancel(a: LifecycleApplication, actor: "student" | "office", user: CurrentUser, reason: string, now: Date) {
  if (guard(a, "cancel", actor)) return { already: true };
  const p = a.placement!;
  const moved = await prisma.$transaction(async (tx) => {
    const { count } = await tx.placement.updateMany({ where: { id: p.id, status: "APPROVED" }, data: { status: "CANCELLED", decisionReason: reason } });
    if (count === 0) return false;
    // The place is free again: the application no longer holds it.
    await tx.application.update({ where: { id: a.id, status: "ACCEPTED" }, data: { status: "WITHDRAWN", reason, decidedAt: now } });
    await audit(tx, {
      actorId: user.id,
      verb: "placement.cancel",
      entityType: "Placement",
      entityId: p.id,
      before: { status: "APPROVED", applicationStatus: "ACCEPTED" },
      after: { status: "CANCELLED", applicationStatus: "WITHDRAWN", reason, by: actor },
    });
    const audiences: LifecycleAudience[] = actor === "student" ? ["host", "office"] : ["participant", "host"];
    await notifyLifecycle(tx, a, p, "cancelled", audiences, reason);
    return true;
  }, TX);
  if (!moved) return { already: true };
  return { already: false };
}

/** The participant calls off their own approved placement. */
export async function cancelPlacementAsStudent(user: CurrentUser, input: CancelInput, now: Date = new Date()) {
  const a = await prisma.application.findFirst({ where: { id: input.applicationId, participant: { userId: user.id } }, include: LIFECYCLE_INCLUDE });
  if (!a) throw new NotFoundError();
  return cancel(a, "student", user, input.reason, now);
}

/** The international office calls off an approved placement of its own institution. */
export async function cancelPlacementAsOffice(user: CurrentUser, input: CancelInput, now: Date = new Date()) {
  return cancelAsOffice(user, { id: input.applicationId }, input.reason, now);
}

/** The same, for the API, which names the placement. */
export async function cancelPlacementByIdAsOffice(user: CurrentUser, input: CancelPlacementInput, now: Date = new Date()) {
  return cancelAsOffice(user, { placement: { id: input.placementId } }, input.reason, now);
}

async function cancelAsOffice(user: CurrentUser, which: Prisma.ApplicationWhereInput, reason: string, now: Date) {
  if (user.role !== "OFFICE" || !user.institutionId) throw new NotFoundError();
  const a = await prisma.application.findFirst({ where: { AND: [which, { placement: { institutionId: user.institutionId } }] }, include: LIFECYCLE_INCLUDE });
  if (!a) throw new NotFoundError();
  return cancel(a, "office", user, reason, now);
}
