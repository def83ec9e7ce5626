import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

/** Tells a host's user that a participant applied, in the user's own language, with the link to the application. */
export function newApplicationMail(input: {
  to: { email: string; name: string; locale: string };
  applicant: string;
  offerTitle: string;
  applicationId: string;
}): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const url = appUrl(locale, `/company/applications/${encodeURIComponent(input.applicationId)}`);
  const greeting = t("greeting", { name: input.to.name });
  const intro = t("newApplication.intro", { applicant: input.applicant, offer: input.offerTitle });
  const open = t("newApplication.open");
  const text = [greeting, "", intro, "", `${open}: ${url}`, "", "—", t("footer")].join("\n");
  const body = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>`;
  return {
    to: input.to.email,
    subject: t("newApplication.subject", { offer: input.offerTitle }),
    text,
    html: mailHtml(locale, body, t("footer")),
  };
}
