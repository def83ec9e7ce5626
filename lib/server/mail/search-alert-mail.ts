import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";
import { displayName } from "@/lib/text/display-name";

export type AlertOffer = { id: string; title: string; hostName: string; city: string; country: string; applicationDeadline: Date };

/** The saved-search alert: the new offers (with links), how many more, and where to stop alerts. */
export function searchAlertMail(input: {
  to: { email: string; name: string; locale: string };
  search: { name: string; query: string };
  offers: AlertOffer[];
  total: number;
}): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const searchUrl = appUrl(locale, input.search.query ? `/offers?${input.search.query}` : "/offers");
  const manageUrl = appUrl(locale, "/student/saved");
  const more = input.total - input.offers.length;
  const offers = input.offers.map((o) => ({
    title: o.title,
    url: appUrl(locale, `/offers/${encodeURIComponent(o.id)}`),
    meta: t("searchAlert.offerMeta", { host: o.hostName, city: o.city, country: displayName(locale, "region", o.country), deadline: o.applicationDeadline }),
  }));
  const greeting = t("greeting", { name: input.to.name });
  const intro = t("searchAlert.intro", { search: input.search.name });
  const moreLine = more > 0 ? t("searchAlert.more", { count: more }) : null;

  const text = [
    greeting,
    "",
    intro,
    "",
    ...offers.flatMap((o) => [`• ${o.title}`, `  ${o.meta}`, `  ${o.url}`, ""]),
    ...(moreLine ? [moreLine] : []),
    `${t("searchAlert.viewAll")}: ${searchUrl}`,
    `${t("searchAlert.manage")}: ${manageUrl}`,
    "",
    "—",
    t("footer"),
  ].join("\n");

  const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
  const body = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${offers.map((o) => `<li><strong>${link(o.url, o.title)}</strong><br>${escapeHtml(o.meta)}</li>`).join("")}</ul>`,
    moreLine ? `<p>${escapeHtml(moreLine)}</p>` : "",
    `<p>${link(searchUrl, t("searchAlert.viewAll"))}</p>`,
    `<p>${link(manageUrl, t("searchAlert.manage"))}</p>`,
  ].join("");

  return {
    to: input.to.email,
    subject: t("searchAlert.subject", { count: input.total, search: input.search.name }),
    text,
    html: mailHtml(locale, body, t("footer")),
  };
}
