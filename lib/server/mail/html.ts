import "server-only";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Everything interpolated into a mail's HTML goes through this (titles and names are user input). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A plain, readable HTML body around already-escaped content; the text part carries the same words. */
export function mailHtml(lang: string, bodyHtml: string, footer: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#0f172a">${bodyHtml}<hr><p style="font-size:13px;color:#475569">${escapeHtml(footer)}</p></body></html>`;
}
