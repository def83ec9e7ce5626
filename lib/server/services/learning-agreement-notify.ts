import "server-only";
import type { LaParty } from "@/lib/domain/learning-agreement";
import { prisma } from "../db";
import { sendMail } from "../mail";
import { type LaSignatureEvent, learningAgreementSignatureMail } from "../mail/learning-agreement-mail";

/**
 * After a signature has committed: mail the trainee and every user of the host (issue 5 §8), each
 * in their own language. sendMail never throws, so a mail failure cannot undo a signature.
 */
export async function notifySignature(placementId: string, signature: { signer: string; party: LaParty; event: LaSignatureEvent }) {
  const placement = await prisma.placement.findUniqueOrThrow({
    where: { id: placementId },
    select: {
      application: {
        select: {
          participant: { select: { user: { select: { email: true, name: true, locale: true, deletedAt: true } } } },
          offer: { select: { title: true, host: { select: { users: { where: { role: "COMPANY", deletedAt: null }, select: { email: true, name: true, locale: true } } } } } },
        },
      },
    },
  });
  const { participant, offer } = placement.application;
  const trainee = participant.user;
  const recipients = [...(trainee.deletedAt ? [] : [trainee]), ...offer.host.users];
  await Promise.all(
    recipients.map((to) =>
      sendMail(
        learningAgreementSignatureMail({
          to: { email: to.email, name: to.name, locale: to.locale },
          signer: signature.signer,
          party: signature.party,
          trainee: trainee.name,
          offerTitle: offer.title,
          placementId,
          event: signature.event,
        }),
      ),
    ),
  );
}
