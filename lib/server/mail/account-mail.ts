import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

type Recipient = { email: string; name: string; locale: string };
type AccountMailKind = "passwordReset" | "verifyEmail" | "registrationAttempt" | "dataExportReady" | "deletionScheduled";

/**
 * The account mails (password reset, e-mail verification, "someone tried to register with your
 * address", "your data is ready", "your account will be deleted"): a greeting, one or two paragraphs and one link, in the recipient's language.
 */
export function accountMail(kind: AccountMailKind, to: Recipient, pathAndQuery: string): MailMessage {
  const { locale, t } = mailTranslator(to.locale);
  const url = appUrl(locale, pathAndQuery);
  const greeting = t("greeting", { name: to.name });
  const intro = t(`account.${kind}.intro`);
  const note = t(`account.${kind}.note`);
  const link = t(`account.${kind}.link`);
  const text = [greeting, "", intro, "", `${link}: ${url}`, "", note, "", "—", t("footer")].join("\n");
  const body = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(link)}</a></p><p>${escapeHtml(note)}</p>`;
  return { to: to.email, subject: t(`account.${kind}.subject`), text, html: mailHtml(locale, body, t("footer")) };
}
