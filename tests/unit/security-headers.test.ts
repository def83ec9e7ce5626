import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, buildCsp, checkOrigin, isCacheablePage, newNonce, originOf } from "@/lib/security/headers";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `));

describe("buildCsp", () => {
  const csp = buildCsp({ nonce: "abc123==" });

  it("allows scripts only with the request's nonce: no unsafe-inline, no unsafe-eval in production", () => {
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive(csp, "script-src")).not.toContain("unsafe-inline");
  });

  it("adds unsafe-eval only in development", () => {
    expect(directive(buildCsp({ nonce: "n", dev: true }), "script-src")).toContain("'unsafe-eval'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it.each([
    ["frame-ancestors", "frame-ancestors 'none'"],
    ["object-src", "object-src 'none'"],
    ["base-uri", "base-uri 'self'"],
    ["form-action", "form-action 'self'"],
    ["img-src", "img-src 'self' data:"],
    ["default-src", "default-src 'self'"],
  ])("%s", (name, expected) => {
    expect(directive(csp, name)).toBe(expected);
  });

  it("lets forms reach the configured sign-in issuer", () => {
    expect(directive(buildCsp({ nonce: "n", formActionOrigins: ["https://idp.example"] }), "form-action")).toBe("form-action 'self' https://idp.example");
  });

  it("without a nonce (a cached page): scripts from our origin and inline, never strict-dynamic or eval", () => {
    const cached = buildCsp({ nonce: null });
    expect(directive(cached, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(cached, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(cached, "object-src")).toBe("object-src 'none'");
  });

  it("draws a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("isCacheablePage", () => {
  it.each([
    ["/en", true],
    ["/da", true],
    ["/nl/offers/offer-0007", true],
    ["/", false],
    ["/stats", false],
    ["/xx/stats", false],
    ["/en/offers/offer-0007", true],
    ["/en/offers/offer-0007/", true],
    ["/en/stats", true],
    ["/en/sign-in", true],
    ["/en/register", true],
    ["/en/forgot-password", true],
    ["/de/api-docs", true],
    ["/en/offers", false],
    ["/en/offers/offer-0007/extra", false],
    ["/en/stats/export", false],
    ["/en/student", false],
    ["/en/account", false],
    ["/en/sign-in/link", false],
    ["/en/reset-password", false],
    ["/en/company/offers/offer-0007", false],
  ])("%s → %s", (path, expected) => {
    expect(isCacheablePage(path)).toBe(expected);
  });
});

describe("baseSecurityHeaders", () => {
  it.each([
    [true, true],
    [false, false],
  ])("https=%s → HSTS %s", (https, hsts) => {
    const headers = baseSecurityHeaders({ https });
    expect("Strict-Transport-Security" in headers).toBe(hsts);
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
    for (const feature of ["camera", "microphone", "geolocation", "payment"]) expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
  });
});

describe("checkOrigin", () => {
  const own = { appUrl: "https://portal.example", host: "127.0.0.1:3000" };
  it.each([
    [null, "missing"],
    ["", "missing"],
    ["https://portal.example", "same"],
    ["https://PORTAL.example", "same"],
    ["http://127.0.0.1:3000", "same"],
    ["http://portal.example", "foreign"], // another scheme is another origin
    ["https://portal.example.evil.test", "foreign"],
    ["https://evil.test", "foreign"],
    ["http://127.0.0.1:3001", "foreign"],
    ["null", "foreign"], // sandboxed frames and data: URLs
    ["javascript:alert(1)", "foreign"],
    ["not a url", "foreign"],
  ] as const)("Origin %j → %s", (origin, verdict) => {
    expect(checkOrigin(origin, own)).toBe(verdict);
  });

  it("without a Host, only the public URL counts", () => {
    expect(checkOrigin("http://127.0.0.1:3000", { appUrl: own.appUrl, host: null })).toBe("foreign");
  });
});

describe("originOf", () => {
  it.each([
    ["https://idp.example/realms/x", "https://idp.example"],
    ["http://localhost:8080/", "http://localhost:8080"],
    ["ftp://x.example", null],
    [undefined, null],
  ])("%j → %j", (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});
