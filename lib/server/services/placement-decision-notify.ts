import "server-only";
import { sendMail } from "../mail";
import { placementDecisionMail } from "../mail/placement-decision-mail";
import { prisma } from "../db";
import type { DecisionPlacement } from "./placement-review";

/**
 * After the decision has committed: mail the participant and the host's company users, each in
 * their own language (issue 5, notifications). sendMail never throws, so the decision stands
 * whatever happens to the mail.
 */
export async function notifyPlacementDecision(
  p: DecisionPlacement,
  decision: { decision: "approved"; mobilityId: string } | { decision: "rejected"; reason: string },
) {
  const { participant, offer } = p.application;
  const hostUsers = await prisma.user.findMany({
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
  await Promise.all([
    sendMail(placementDecisionMail({ ...common, to: participant.user, audience: "participant" })),
    ...hostUsers.map((to) => sendMail(placementDecisionMail({ ...common, to, audience: "host" }))),
  ]);
}
