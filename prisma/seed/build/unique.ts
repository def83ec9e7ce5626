// Unique values for factory defaults. Tests call factories repeatedly, in several processes, against
// databases that may already hold earlier runs' rows (Playwright's e2e database), so a counter alone
// is not enough: it is prefixed with a token drawn once per process. The seed never relies on these
// defaults for ids, e-mails or codes: it passes its own fixed values, so it stays deterministic.
const state = globalThis as unknown as { __dotFactorySeq?: { token: string; n: number } };
state.__dotFactorySeq ??= { token: globalThis.crypto.randomUUID().replace(/-/g, "").slice(0, 5), n: 0 };
const seq = state.__dotFactorySeq;

/** e.g. "k3f9a7": process token + counter, lower-case alphanumerics. */
export function uniqueTag(): string {
  seq.n += 1;
  return `${seq.token}${seq.n}`;
}

/** n digits derived from a tag (PIC = 9 digits, OID = "E" + 8 digits). */
export function digitsFrom(tag: string, length: number): string {
  let h = 0;
  for (const ch of tag) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const digits = `${h}${seq.n}`.padStart(length, "7");
  return digits.slice(-length);
}
