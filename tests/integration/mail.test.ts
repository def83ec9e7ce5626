import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { fakeSmtpServer } from "./fake-smtp";
import { tempOutbox } from "./temp-outbox";

const outbox = tempOutbox();

const { appUrl, mailTransport, outboxMessages, outboxPageEnabled, deliverMail } = await import("@/lib/server/mail");
const { createSmtpTransport } = await import("@/lib/server/mail/smtp");
const { createOutboxTransport } = await import("@/lib/server/mail/outbox");
const { mailTranslator } = await import("@/lib/server/mail/translate");
const { escapeHtml } = await import("@/lib/server/mail/html");

describe("mail", () => {
  it("goes to the outbox folder when SMTP_URL is unset, with the sender from MAIL_FROM", async () => {
    expect(mailTransport().kind).toBe("outbox");
    await deliverMail({ to: "zoe@example.eu", subject: "Welcome", text: "Hello", html: "<p>Hello</p>" }, "<job-1@dot-portal>");
    const [latest] = await outboxMessages();
    expect(latest).toMatchObject({
      to: "zoe@example.eu",
      subject: "Welcome",
      text: "Hello",
      html: "<p>Hello</p>",
      from: "DOT Portal <no-reply@dot-portal.local>",
      messageId: "<job-1@dot-portal>",
    });
  });

  it("shows the outbox page outside production while the outbox transport is in use", () => {
    expect(outboxPageEnabled()).toBe(true);
  });

  it("throws when the transport refuses a message, so the job worker retries it", async () => {
    const blocker = path.join(outbox, "blocker");
    await writeFile(blocker, "a file where a folder should be");
    const failing = createOutboxTransport(path.join(blocker, "inner"));
    await expect(failing.send({ from: "a@b.eu", to: "c@d.eu", subject: "x", text: "y" })).rejects.toThrow();
    const send = vi.spyOn(mailTransport(), "send").mockRejectedValueOnce(new Error("connection refused"));
    await expect(deliverMail({ to: "secret@example.eu", subject: "Alert", text: "Body" })).rejects.toThrow("connection refused");
    send.mockRestore();
  });

  it("delivers through SMTP with nodemailer", async () => {
    const server = await fakeSmtpServer();
    try {
      await createSmtpTransport(server.url).send({
        from: "Portal <p@example.eu>",
        to: "zoe@example.eu",
        subject: "Über SMTP",
        text: "Hello by SMTP",
        messageId: "<job-7@dot-portal>",
      });
      expect(server.received).toHaveLength(1);
      expect(server.received[0]).toContain("Message-ID: <job-7@dot-portal>");
      expect(server.received[0]).toContain("To: zoe@example.eu");
      expect(server.received[0]).toContain("Hello by SMTP");
    } finally {
      await server.close();
    }
  });

  it("builds absolute links from NEXTAUTH_URL/APP_URL in the recipient's language and escapes user text for HTML", () => {
    expect(appUrl("da", "/offers/abc")).toMatch(/^https?:\/\/[^/]+\/da\/offers\/abc$/);
    expect(appUrl("nl", "/")).toMatch(/^https?:\/\/[^/]+\/nl$/);
    expect(appUrl("xx", "/sign-in")).toMatch(/^https?:\/\/[^/]+\/en\/sign-in$/);
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe("&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;");
  });

  it("translates mail text into the recipient's locale, falling back to English", () => {
    expect(mailTranslator("nl").t("footer")).toMatch(/DOT-portaal/);
    expect(mailTranslator("da")).toMatchObject({ locale: "da" });
    expect(mailTranslator("xx")).toMatchObject({ locale: "en" });
    expect(mailTranslator("xx").t("footer")).toMatch(/DOT Portal/);
  });

  it.each(LOCALES)("writes mail in %s, the language's own text", async (locale) => {
    const own = JSON.parse(await readFile(path.resolve(__dirname, `../../messages/${locale}.json`), "utf8")) as { mail: { footer: string } };
    const mail = mailTranslator(locale);
    expect(mail.locale).toBe(locale);
    expect(mail.t("footer")).toBe(own.mail.footer);
  });
});
