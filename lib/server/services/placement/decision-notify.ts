import "server-only";
import { queueMails } from "../../jobs/queue";
import { placementDecisionMail } from "../../mail/placement-decision-mail";
import type { Tx } from "../../db";
import type { DecisionPlacement } from "./review";

/**
 * Queues the decision's mails to the participant and the host's company users, each in their own
 * language, in the decision's transaction (lib/server/jobs/queue.ts).
 */
export async function notifyPlacementDecision(
  tx: Tx,
  p: DecisionPlacement,
  decision: { decision: "approved"; mobilityId: string } | { decision: "rejected"; reason: string },
) {
  const { participant, offer } = p.application;
  const hostUsers = await tx.user.findMany({
    where: { hostOrganisationId: offer.hostId, role: "COMPANY", deletedAt: null },
    select: { email: true, name: true, locale: true },
  });
  const common = {
    ...decision,
    participant: participant.user.name,
    institution: p.institution.name,
    offerTitle: offer.title,
    hostName: offer.host.legalName,
    start: p.startDate,
    end: p.endDate,
    placementId: p.id,
    applicationId: p.applicationId,
  };
  await queueMails(tx, [
    placementDecisionMail({ ...common, to: participant.user, audience: "participant" }),
    ...hostUsers.map((to) => placementDecisionMail({ ...common, to, audience: "host" })),
  ]);
}
