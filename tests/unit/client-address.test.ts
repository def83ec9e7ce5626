import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { clientAddressFrom, normaliseAddress, parseTrustedProxies } = await import("@/lib/server/security/client-address");

// scripts/server.mjs appends the socket's peer, so the right-most entry is always the real peer.
describe("clientAddressFrom", () => {
  const none = parseTrustedProxies("");
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8, ::1");

  it.each([
    // [X-Forwarded-For as the portal sees it, trusted, expected client]
    ["203.0.113.7", none, "203.0.113.7"],
    ["2001:db8::1", none, "2001:db8::1"],
    ["::ffff:203.0.113.7", none, "203.0.113.7"],
    ["[2001:db8::1]:443", none, "2001:db8::1"],
    ["203.0.113.7:51234", none, "203.0.113.7"],
    ["fe80::1%eth0", none, "fe80::1"],
    ["2001:DB8::A", none, "2001:db8::a"],
    // Spoofed left-most entries never win without trusted proxies: the peer does.
    ["1.2.3.4, 203.0.113.7", none, "203.0.113.7"],
    ["evil, 1.1.1.1, 8.8.8.8, 203.0.113.7", none, "203.0.113.7"],
    // Behind trusted proxies: skip them right to left; the first untrusted hop is the client.
    ["198.51.100.9, 10.1.2.3", proxies, "198.51.100.9"],
    ["6.6.6.6, 198.51.100.9, 192.168.1.5, 10.1.2.3", proxies, "198.51.100.9"],
    ["198.51.100.9, ::ffff:10.0.0.1", proxies, "198.51.100.9"],
    ["2001:db8::5, fd12::1", proxies, "2001:db8::5"],
    ["198.51.100.9, ::1", proxies, "198.51.100.9"],
    // 192.168.1.6 is not trusted (only .5 is): it is the client even if it claims otherwise.
    ["198.51.100.9, 192.168.1.6, 10.0.0.1", proxies, "192.168.1.6"],
    // Only trusted hops: the request started at the furthest one.
    ["10.0.0.2, 10.0.0.1", proxies, "10.0.0.2"],
    // Garbage where a trusted proxy should have written an address: the nearest readable hop.
    ["not-an-ip, 10.0.0.1", proxies, "10.0.0.1"],
    ["<script>, 198.51.100.9, 10.0.0.1", proxies, "198.51.100.9"],
    ["999.1.1.1, 10.0.0.1", proxies, "10.0.0.1"],
    // Nothing usable at all.
    ["", none, "unknown"],
    [null, none, "unknown"],
    ["garbage", none, "unknown"],
    ["1.2.3.4, ", none, "unknown"],
  ])("%j → %s", (header, trusted, expected) => {
    expect(clientAddressFrom(header, trusted)).toBe(expected);
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["  192.0.2.1 ", "192.0.2.1"],
    ["::FFFF:192.0.2.1", "192.0.2.1"],
    ["[::1]", "::1"],
    ["192.0.2.1:80", "192.0.2.1"],
    ["192.0.2", null],
    ["1.2.3.4.5", null],
    ["::ffff:999.0.0.1", null],
    ["localhost", null],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });
});

describe("parseTrustedProxies", () => {
  it("accepts IPs and CIDRs of both families", () => {
    const trusted = parseTrustedProxies("127.0.0.1,10.0.0.0/8 , ::1, 2001:db8::/32");
    expect(clientAddressFrom("203.0.113.1, 2001:db8:ffff::1, 10.9.9.9, 127.0.0.1", trusted)).toBe("203.0.113.1");
  });

  it.each(["10.0.0.0/33", "fd00::/129", "10.0.0.0/8/1", "example.org", "10.0.0.0/x", "10.0.0.0/"])("refuses %j", (setting) => {
    expect(() => parseTrustedProxies(setting)).toThrow(/TRUSTED_PROXIES/);
  });
});
