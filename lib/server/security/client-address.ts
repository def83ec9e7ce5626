import "server-only";
import { BlockList, isIP } from "node:net";

/**
 * The client's address, for rate limits and throttling. scripts/server.mjs appends the socket's
 * peer address to X-Forwarded-For on every request, so the right-most entry is always the real
 * peer; everything to its left was written by whoever sent the request. Read right to left,
 * entries are only believed while they come from a trusted proxy (TRUSTED_PROXIES): the first
 * hop that is not trusted is the client. With no trusted proxies that is the socket address,
 * whatever the client wrote.
 */
export type TrustedProxies = { readonly list: BlockList; readonly empty: boolean };

/** An IP without brackets, port or zone, IPv4-mapped IPv6 as IPv4; null when not an address. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) === 0 ? null : value;
}

/** Parses "10.0.0.1, 10.1.0.0/16, ::1, fd00::/8"; throws on an entry that is no IP or CIDR. */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (setting ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [ip, bits, extra] = entry.split("/");
    const address = ip === undefined ? null : normaliseAddress(ip);
    if (!address || extra !== undefined) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d+$/.test(bits) || prefix > (type === "ipv6" ? 128 : 32)) throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, prefix, type);
  }
  return { list, empty: entries.length === 0 };
}

function isTrusted(address: string, trusted: TrustedProxies): boolean {
  return !trusted.empty && trusted.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client address from an X-Forwarded-For value (see above). An entry that is no address
 * where a trusted proxy should have written one stops the walk: the last hop that could be
 * read is used, so garbage never becomes a key of its own. "unknown" when nothing is usable.
 */
export function clientAddressFrom(forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const hops = (forwardedFor ?? "").split(",").reverse();
  let nearest: string | null = null;
  for (const hop of hops) {
    const address = normaliseAddress(hop);
    if (!address) return nearest ?? "unknown";
    if (!isTrusted(address, trusted)) return address;
    nearest = address;
  }
  // Every hop is a trusted proxy: the request started at the furthest one.
  return nearest ?? "unknown";
}
