import "server-only";
import type { LaParty } from "@/lib/domain/learning-agreement";
import type { Tx } from "../../db";
import { queueMails } from "../../jobs/queue";
import { type LaSignatureEvent, learningAgreementSignatureMail } from "../../mail/learning-agreement-mail";

/**
 * Queues mail to the trainee and every user of the host, each in their own language,
 * in the signature's transaction: the mail exists exactly when the signature does.
 */
export async function notifySignature(tx: Tx, placementId: string, signature: { signer: string; party: LaParty; event: LaSignatureEvent }) {
  const placement = await tx.placement.findUniqueOrThrow({
    where: { id: placementId },
    select: {
      application: {
        select: {
          participant: { select: { user: { select: { email: true, name: true, locale: true, deletedAt: true } } } },
          offer: {
            select: {
              title: true,
              host: { select: { users: { where: { role: "COMPANY", deletedAt: null }, select: { email: true, name: true, locale: true } } } },
            },
          },
        },
      },
    },
  });
  const { participant, offer } = placement.application;
  const trainee = participant.user;
  const recipients = [...(trainee.deletedAt ? [] : [trainee]), ...offer.host.users];
  await queueMails(
    tx,
    recipients.map((to) =>
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
  );
}
