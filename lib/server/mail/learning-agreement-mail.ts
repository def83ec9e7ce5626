import "server-only";
import type { LaParty } from "@/lib/domain/learning-agreement";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

export type LaSignatureEvent =
  { kind: "agreement"; version: number; signedCount: number; fullySigned: boolean } | { kind: "change"; number: number; agreed: boolean };

/**
 * Tells a party that someone signed the Learning Agreement (or an A2 change), in the recipient's
 * own language, with how many signatures are still missing and the link to the agreement.
 */
export function learningAgreementSignatureMail(input: {
  to: { email: string; name: string; locale: string };
  signer: string;
  party: LaParty;
  trainee: string;
  offerTitle: string;
  placementId: string;
  event: LaSignatureEvent;
}): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const url = appUrl(locale, `/placements/${encodeURIComponent(input.placementId)}/learning-agreement`);
  const e = input.event;
  const as = t(`learningAgreement.party.${input.party}`);
  const params = { signer: input.signer, party: as, trainee: input.trainee, offer: input.offerTitle };
  const subject =
    e.kind === "agreement"
      ? e.fullySigned
        ? t("learningAgreement.subjectFullySigned", { offer: input.offerTitle })
        : t("learningAgreement.subjectSigned", { offer: input.offerTitle, party: as })
      : t("learningAgreement.subjectChange", { offer: input.offerTitle, number: e.number });
  const intro =
    e.kind === "agreement"
      ? t("learningAgreement.signed", { ...params, version: e.version })
      : t("learningAgreement.changeSigned", { ...params, number: e.number });
  const status =
    e.kind === "agreement"
      ? e.fullySigned
        ? t("learningAgreement.fullySigned")
        : t("learningAgreement.progress", { count: e.signedCount })
      : e.agreed
        ? t("learningAgreement.changeAgreed")
        : t("learningAgreement.changePending");
  const greeting = t("greeting", { name: input.to.name });
  const open = t("learningAgreement.open");
  const text = [greeting, "", intro, status, "", `${open}: ${url}`, "", "—", t("footer")].join("\n");
  const body = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p><strong>${escapeHtml(status)}</strong></p><p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`;
  return { to: input.to.email, subject, text, html: mailHtml(locale, body, t("footer")) };
}
