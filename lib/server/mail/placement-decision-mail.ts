import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

export type PlacementDecisionMailInput = {
  to: { email: string; name: string; locale: string };
  /** The participant themselves, or a company user of the host. */
  audience: "participant" | "host";
  decision: "approved" | "rejected";
  participant: string;
  institution: string;
  offerTitle: string;
  hostName: string;
  start: Date;
  end: Date;
  placementId: string;
  applicationId: string;
  mobilityId?: string;
  reason?: string;
};

/**
 * Tells the participant or the host's user that the international office approved or rejected a
 * placement, in the recipient's own language, with where to go next: the Learning Agreement after
 * an approval, the application after a rejection.
 */
export function placementDecisionMail(input: PlacementDecisionMailInput): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const key = `placementDecision.${input.decision}.${input.audience}` as const;
  const values = {
    participant: input.participant,
    institution: input.institution,
    offer: input.offerTitle,
    host: input.hostName,
    start: input.start,
    end: input.end,
  };
  const path =
    input.decision === "approved"
      ? `/placements/${encodeURIComponent(input.placementId)}/learning-agreement`
      : input.audience === "participant"
        ? `/student/applications/${encodeURIComponent(input.applicationId)}`
        : `/company/applications/${encodeURIComponent(input.applicationId)}`;
  const url = appUrl(locale, path);
  const greeting = t("greeting", { name: input.to.name });
  const intro = t(`${key}.intro`, values);
  const detail =
    input.decision === "approved"
      ? t("placementDecision.mobilityId", { mobilityId: input.mobilityId ?? "" })
      : t("placementDecision.reason", { reason: input.reason ?? "" });
  const next = t(`${key}.next`);
  const open = t(`${key}.open`);
  const text = [greeting, "", intro, detail, "", next, `${open}: ${url}`, "", "—", t("footer")].join("\n");
  const body = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p>${escapeHtml(detail)}</p>`,
    `<p>${escapeHtml(next)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`,
  ].join("");
  return { to: input.to.email, subject: t(`${key}.subject`, values), text, html: mailHtml(locale, body, t("footer")) };
}
