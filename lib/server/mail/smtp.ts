import "server-only";
import nodemailer from "nodemailer";
import type { MailTransport } from "./types";

/** Production mail through any SMTP server, configured by one URL (smtp[s]://user:pass@host:port). */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    kind: "smtp",
    async send(mail) {
      await transporter.sendMail(mail);
    },
  };
}
