import "server-only";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import path from "node:path";
import { env } from "../env";
import { log } from "../log";
import { createOutboxTransport, isOutboxPageVisible, listOutbox, readOutboxMail } from "./outbox";
import { createSmtpTransport } from "./smtp";
import type { MailMessage, MailTransport } from "./types";

export type { MailMessage } from "./types";

let transport: MailTransport | undefined;

function outboxDir(): string {
  return path.resolve(env.MAIL_OUTBOX_DIR);
}

/** SMTP when SMTP_URL is set; otherwise every message is written to the outbox folder. */
export function mailTransport(): MailTransport {
  if (!transport) {
    transport = env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : createOutboxTransport(outboxDir());
    if (!env.SMTP_URL && env.NODE_ENV === "production") {
      log("warn", "mail.outbox-only", { outbox: outboxDir(), reason: "SMTP_URL is not set: mail is written to the outbox, not delivered" });
    }
  }
  return transport;
}

/**
 * Hands one message to the transport now. Throws when the transport refuses it: the job worker
 * (lib/server/jobs) calls this and retries; services never do — they queue mail with queueMail in
 * the transaction of the change that causes it.
 */
export async function deliverMail(message: MailMessage, messageId?: string): Promise<void> {
  await mailTransport().send({ ...message, from: env.MAIL_FROM, ...(messageId ? { messageId } : {}) });
}

export function outboxPageEnabled(): boolean {
  return isOutboxPageVisible(mailTransport().kind, env.NODE_ENV, env.MAIL_OUTBOX_PAGE);
}

export function outboxMessages() {
  return listOutbox(outboxDir());
}

export function outboxMessage(id: string) {
  return readOutboxMail(outboxDir(), id);
}

/** An absolute link for e-mails (APP_URL, else NEXTAUTH_URL), in the recipient's language: "/offers" → "/da/offers". */
export function appUrl(locale: string, pathAndQuery: string): string {
  const path = pathAndQuery.startsWith("/") ? pathAndQuery : `/${pathAndQuery}`;
  return `${env.appUrl}/${isLocale(locale) ? locale : DEFAULT_LOCALE}${path === "/" ? "" : path}`;
}
