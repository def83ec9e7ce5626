import "server-only";
import { calendarDateOf, dateFromIso } from "@/lib/domain/dates";
import type { DecisionInput } from "@/lib/validation/application-decision";
import { prisma } from "../../db";
import { audit } from "../../audit";
import type { AuditVerb } from "../../audit-verbs";
import type { CurrentUser } from "../../auth/session";
import { ExpectedError, NotFoundError } from "../../errors";
import { getOwnOffer } from "../offers";
import { allowedEvents, isUndecided, transition } from "@/lib/domain/placement-lifecycle";
import { LIFECYCLE_INCLUDE, notifyLifecycle, proposalFor, requireWarningsAcknowledged, stateOf, warningsFor } from "../placement/lifecycle";
import { MATCH_OFFER_SELECT, MATCH_PARTICIPANT_SELECT, matchOfferRow, toMatchParticipant } from "../matching";

type ApplicationStatus = "SUBMITTED" | "SHORTLISTED" | "ACCEPTED" | "REJECTED" | "WITHDRAWN";

/**
 * The applicants of the user's own offer, filtered by status, with the count per status, each with
 * how well they fit the offer (lib/domain/matching, as of the day they applied: the deadline and
 * window were open then) and the messages they wrote that the host has not read yet.
 */
export async function listApplicants(user: CurrentUser, offerId: string, status?: ApplicationStatus) {
  const offer = await getOwnOffer(user, offerId);
  const [applications, grouped, matchRow, unread] = await Promise.all([
    prisma.application.findMany({
      where: { offerId, ...(status ? { status } : {}) },
      orderBy: { createdAt: "asc" },
      include: {
        participant: { select: { ...MATCH_PARTICIPANT_SELECT, user: { select: { name: true } }, institution: { select: { name: true, country: true } } } },
        placement: { select: { status: true } },
      },
    }),
    prisma.application.groupBy({ by: ["status"], where: { offerId }, _count: { _all: true } }),
    prisma.offer.findUniqueOrThrow({ where: { id: offerId }, select: MATCH_OFFER_SELECT }),
    prisma.applicationMessage.groupBy({ by: ["applicationId"], where: { application: { offerId }, side: "APPLICANT", readAt: null }, _count: { _all: true } }),
  ]);
  const counts: Record<string, number> = {};
  for (const g of grouped) counts[g.status] = g._count._all;
  const unreadBy = new Map(unread.map((u) => [u.applicationId, u._count._all]));
  const rows = applications.map((a) => ({
    ...a,
    match: matchOfferRow(toMatchParticipant(a.participant), matchRow, calendarDateOf(a.createdAt)),
    unreadMessages: unreadBy.get(a.id) ?? 0,
  }));
  return { offer, applications: rows, counts };
}

/**
 * One application of one of the user's own offers, with the lifecycle steps the host may take
 * now and whether it is still undecided; any other id is "not found".
 */
export async function getApplicationForHost(user: CurrentUser, applicationId: string) {
  if (!user.hostOrganisationId) throw new NotFoundError();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, offer: { hostId: user.hostOrganisationId } },
    include: {
      offer: { include: { host: true, categories: true } },
      placement: true,
      participant: { include: { user: { select: { name: true, email: true } }, institution: true, languages: true } },
    },
  });
  if (!application) throw new NotFoundError();
  return { ...application, hostSteps: allowedEvents(stateOf(application), "host"), undecided: isUndecided(application.status) };
}

const EVENT = { SHORTLIST: "shortlist", ACCEPT: "accept", REJECT: "reject" } as const;
const DECISION_VERB = { SHORTLIST: "application.shortlist", ACCEPT: "application.accept", REJECT: "application.reject" } as const satisfies Record<
  DecisionInput["decision"],
  AuditVerb
>;

/**
 * Shortlist, accept or reject (lib/domain/placement-lifecycle.ts). Accepting warns first when the
 * period breaks a rule the office will check or the offer's own terms (the host must confirm
 * "accept anyway"), checks the free places inside the transaction, creates the PROPOSED placement
 * for the participant's international office and tells the participant and that office;
 * repeating a decision already taken changes nothing.
 */
export async function decideApplication(user: CurrentUser, input: DecisionInput, today: Date = new Date()) {
  await getApplicationForHost(user, input.applicationId);
  const application = await prisma.application.findUniqueOrThrow({ where: { id: input.applicationId }, include: LIFECYCLE_INCLUDE });
  const target: ApplicationStatus = input.decision === "SHORTLIST" ? "SHORTLISTED" : input.decision === "ACCEPT" ? "ACCEPTED" : "REJECTED";
  if (application.status === target) return application;
  const state = stateOf(application);
  if (!transition(state, EVENT[input.decision], "host").ok) throw new ExpectedError("applicants.alreadyDecided");
  const proposal = target === "ACCEPTED" ? proposalFor(application, { start: input.start!, end: input.end! }, today) : null;
  const warnings = proposal ? warningsFor(application, proposal.action, proposal.callYear, input.start!, input.end!, proposal.format) : [];
  if (proposal) requireWarningsAcknowledged(warnings, input.acceptAnyway);
  const result = await prisma.$transaction(async (tx) => {
    if (target === "ACCEPTED") {
      // Only applications that hold a place count: a released or cancelled one freed its place.
      const accepted = await tx.application.count({ where: { offerId: application.offerId, status: "ACCEPTED" } });
      if (accepted >= application.offer.places) throw new ExpectedError("applicants.full");
    }
    const updated = await tx.application.update({
      where: { id: application.id, status: application.status }, // lost-update guard: another decision in between fails
      data: { status: target, reason: target === "REJECTED" ? input.reason : null, decidedAt: today },
    });
    let placement = null;
    if (proposal) {
      const { action, callYear, format } = proposal;
      placement = await tx.placement.create({
        data: {
          applicationId: application.id,
          institutionId: application.participant.institutionId,
          action,
          callYear,
          format,
          startDate: dateFromIso(input.start!),
          endDate: dateFromIso(input.end!),
          status: "PROPOSED",
        },
      });
      await audit(tx, {
        actorId: user.id,
        verb: "placement.propose",
        entityType: "Placement",
        entityId: placement.id,
        after: { action, callYear, format, start: input.start!, end: input.end!, warnings: warnings.map((w) => `${w.id}/${w.code}`) },
      });
    }
    await audit(tx, {
      actorId: user.id,
      verb: DECISION_VERB[input.decision],
      entityType: "Application",
      entityId: application.id,
      before: { status: application.status },
      after: { status: target, reason: input.reason ?? null },
    });
    if (placement) await notifyLifecycle(tx, application, placement, "proposed", ["participant", "office"]);
    else if (target === "REJECTED") await notifyLifecycle(tx, application, null, "notSelected", ["participant"], input.reason);
    return { updated, placement };
  });
  return result.updated;
}
