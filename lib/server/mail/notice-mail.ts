import "server-only";
import type { MailMessage } from "./types";
import { escapeHtml, mailHtml } from "./html";
import type { mailTranslator } from "./translate";

/** A short notice: greeting, one sentence, one link, the footer; text and HTML with the same words. */
export function noticeMail(
  { locale, t }: ReturnType<typeof mailTranslator>,
  input: { to: { email: string; name: string }; subject: string; intro: string; open: string; url: string },
): MailMessage {
  const greeting = t("greeting", { name: input.to.name });
  const text = [greeting, "", input.intro, "", `${input.open}: ${input.url}`, "", "—", t("footer")].join("\n");
  const body = `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(input.intro)}</p><p><a href="${escapeHtml(input.url)}">${escapeHtml(input.open)}</a></p>`;
  return { to: input.to.email, subject: input.subject, text, html: mailHtml(locale, body, t("footer")) };
}
