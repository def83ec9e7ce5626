import { outboxMessage, outboxPageEnabled } from "@/lib/server/mail";

/**
 * The HTML part of an outbox message, as the recipient's mail client would show it. Served under
 * a CSP sandbox (no scripts, no requests but images), so nothing in a message can act on the portal.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!outboxPageEnabled()) return new Response("Not found", { status: 404 });
  const mail = await outboxMessage((await params).id);
  if (!mail?.html) return new Response("Not found", { status: 404 });
  return new Response(mail.html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src * data:; style-src 'unsafe-inline'",
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
}
