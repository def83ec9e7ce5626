import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import { appUrl } from "./index";
import { mailTranslator } from "./translate";

/**
 * Tells a new international-office officer that an account exists. Never the password: the
 * administrator hands that over by another channel, so a read mailbox alone opens nothing.
 */
export function officerAccountMail(input: { to: { email: string; name: string; locale: string }; institution: string }): MailMessage {
  const { locale, t } = mailTranslator(input.to.locale);
  const url = appUrl(locale, "/sign-in");
  const greeting = t("greeting", { name: input.to.name });
  const intro = t("officerAccount.intro", { institution: input.institution, email: input.to.email });
  const password = t("officerAccount.password");
  const signIn = t("officerAccount.signIn");
  const text = [greeting, "", intro, "", password, "", `${signIn}: ${url}`, "", "—", t("footer")].join("\n");
  const body = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><p>${escapeHtml(password)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(signIn)}</a></p>`;
  return {
    to: input.to.email,
    subject: t("officerAccount.subject", { institution: input.institution }),
    text,
    html: mailHtml(locale, body, t("footer")),
  };
}
