import { readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { LOCALES } from "@/i18n/locales";
import { tempOutbox } from "./temp-outbox";

const outbox = tempOutbox();

const { appUrl, mailTransport, outboxMessages, outboxPageEnabled, sendMail } = await import("@/lib/server/mail");
const { createSmtpTransport } = await import("@/lib/server/mail/smtp");
const { createOutboxTransport } = await import("@/lib/server/mail/outbox");
const { mailTranslator } = await import("@/lib/server/mail/translate");
const { escapeHtml } = await import("@/lib/server/mail/html");
const { logger } = await import("@/lib/server/log");

/** Just enough SMTP to accept one message (no TLS, no auth), recording what it received. */
function fakeSmtpServer() {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let data = false;
    let buffer = "";
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      if (data) {
        const end = buffer.indexOf("\r\n.\r\n");
        if (end < 0) return;
        received.push(buffer.slice(0, end));
        buffer = buffer.slice(end + 5);
        data = false;
        socket.write("250 queued\r\n");
      }
      let newline: number;
      while (!data && (newline = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 fake\r\n");
        else if (verb === "DATA") {
          data = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return new Promise<{ url: string; received: string[]; close: () => void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ url: `smtp://127.0.0.1:${port}`, received, close: () => server.close() });
    }),
  );
}

describe("mail", () => {
  it("goes to the outbox folder when SMTP_URL is unset, with the sender from MAIL_FROM", async () => {
    expect(mailTransport().kind).toBe("outbox");
    expect(await sendMail({ to: "zoe@example.eu", subject: "Welcome", text: "Hello", html: "<p>Hello</p>" })).toBe(true);
    const [latest] = await outboxMessages();
    expect(latest).toMatchObject({ to: "zoe@example.eu", subject: "Welcome", text: "Hello", html: "<p>Hello</p>", from: "DOT Portal <no-reply@dot-portal.local>" });
  });

  it("shows the outbox page outside production while the outbox transport is in use", () => {
    expect(outboxPageEnabled()).toBe(true);
  });

  it("logs a failure and returns false instead of throwing", async () => {
    const blocker = path.join(outbox, "blocker");
    await writeFile(blocker, "a file where a folder should be");
    const failing = createOutboxTransport(path.join(blocker, "inner"));
    await expect(failing.send({ from: "a@b.eu", to: "c@d.eu", subject: "x", text: "y" })).rejects.toThrow();
    const errors = vi.spyOn(logger, "error").mockImplementation(() => {});
    const send = vi.spyOn(mailTransport(), "send").mockRejectedValueOnce(new Error("connection refused"));
    expect(await sendMail({ to: "secret@example.eu", subject: "Alert", text: "Body" })).toBe(false);
    expect(errors).toHaveBeenCalledOnce();
    expect(JSON.stringify(errors.mock.calls)).not.toContain("secret@example.eu");
    send.mockRestore();
    errors.mockRestore();
  });

  it("delivers through SMTP with nodemailer", async () => {
    const server = await fakeSmtpServer();
    try {
      await createSmtpTransport(server.url).send({ from: "Portal <p@example.eu>", to: "zoe@example.eu", subject: "Über SMTP", text: "Hello by SMTP" });
      expect(server.received).toHaveLength(1);
      expect(server.received[0]).toContain("To: zoe@example.eu");
      expect(server.received[0]).toContain("Hello by SMTP");
    } finally {
      server.close();
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
