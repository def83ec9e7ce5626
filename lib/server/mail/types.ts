// What callers hand to sendMail, and what a transport delivers (with the sender added).
export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type OutgoingMail = MailMessage & { from: string; messageId?: string };

export interface MailTransport {
  readonly kind: "smtp" | "outbox";
  send(mail: OutgoingMail): Promise<void>;
}
