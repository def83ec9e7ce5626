import "server-only";
import type { MailMessage } from "./types";
import type { PlacementDecisionMailInput } from "./placement-decision-mail";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

/** The lifecycle steps that mail someone besides the office's own decision (placement-decision-mail.ts). */
export type LifecycleMailEvent = "notSelected" | "withdrawn" | "proposed" | "reproposed" | "released" | "cancelled";
export type LifecycleAudience = "participant" | "host" | "office";

/** The same facts as the office's decision mail; the step and its audience differ. */
export type PlacementLifecycleMailInput = Pick<PlacementDecisionMailInput, "to" | "participant" | "offerTitle" | "hostName" | "applicationId"> & {
  audience: LifecycleAudience;
  event: LifecycleMailEvent;
  /** The proposed period and the placement; none before the host accepts (notSelected, withdrawn). */
  placement: { id: string; startDate: Date; endDate: Date } | null;
  reason?: string | null;
};

const pathFor = (input: PlacementLifecycleMailInput) =>
  input.audience === "office" && input.placement
    ? `/office/placements/${encodeURIComponent(input.placement.id)}`
    : input.audience === "host"
      ? `/company/applications/${encodeURIComponent(input.applicationId)}`
      : `/student/applications/${encodeURIComponent(input.applicationId)}`;

/**
 * One step of the placement's lifecycle (lib/domain/placement-lifecycle.ts), told to one party in
 * their own language, with the link to where they follow it (in that language too).
 */
export function placementLifecycleMail(input: PlacementLifecycleMailInput): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const key = `placementLifecycle.${input.event}.${input.audience}` as const;
  const values = {
    participant: input.participant,
    offer: input.offerTitle,
    host: input.hostName,
    ...(input.placement ? { start: input.placement.startDate, end: input.placement.endDate } : {}),
  };
  const url = appUrl(locale, pathFor(input));
  const greeting = t("greeting", { name: input.to.name });
  const intro = t(`${key}.intro` as never, values as never);
  const reason = input.reason ? t("placementDecision.reason", { reason: input.reason }) : null;
  const open = t(`placementLifecycle.open.${input.audience}` as never);
  const text = [greeting, "", intro, ...(reason ? [reason] : []), "", `${open}: ${url}`, "", "—", t("footer")].join("\n");
  const body = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    reason ? `<p>${escapeHtml(reason)}</p>` : "",
    `<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`,
  ].join("");
  return { to: input.to.email, subject: t(`${key}.subject` as never, values as never), text, html: mailHtml(locale, body, t("footer")) };
}
