// Security headers for every response, built in one place: proxy.ts sets them on pages and
// lib/server/api/handlers.ts on the JSON API (which the proxy leaves alone so bodies stream uncloned).
// Pure functions (no Next, no env), so the rules are table-tested in tests/unit/security-headers.test.ts.
import { localeOfPath } from "@/i18n/negotiate";

export type CspOptions = {
  /**
   * This request's nonce; null for a cached page (CACHEABLE_PAGES), whose HTML is the same for
   * every visitor and so cannot carry one: its scripts are allowed by origin and as inline
   * (docs/decisions/0007-csp-for-cached-pages.md).
   */
  nonce: string | null;
  /** `next dev` needs eval for React's debugging aids; production never does. */
  dev?: boolean;
  /** Extra origins a form may post to, e.g. the OpenID Connect issuer (a sign-in may end there). */
  formActionOrigins?: string[];
};

/**
 * Content-Security-Policy for an HTML page. Scripts only with this request's nonce; 'strict-dynamic'
 * lets Next's nonced loader fetch its chunks. Without a nonce (a cached page): scripts from our
 * origin, and Next's inline bootstrap and flight data as 'unsafe-inline'. Styles stay 'unsafe-inline': React and Next write
 * style attributes, which nonces cannot cover, and inline styles cannot run code.
 */
export function buildCsp({ nonce, dev = false, formActionOrigins = [] }: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...(nonce === null ? ["'unsafe-inline'"] : [`'nonce-${nonce}'`, "'strict-dynamic'"]), ...(dev ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(dev ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...formActionOrigins],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * The pages rendered once and cached for everyone (`export const revalidate` in their page files),
 * as paths: `*` stands for one path segment. They read no cookie or header while rendering (their
 * personal parts are client islands) and get the CSP without nonce; every other page keeps the
 * per-request nonce. One list, so the CSP and the pages cannot drift apart.
 */
export const CACHEABLE_PAGES = ["/", "/offers/*", "/stats", "/sign-in", "/register", "/forgot-password", "/api-docs"] as const;

const CACHEABLE = CACHEABLE_PAGES.map((p) => new RegExp(`^${p.replace(/\*/g, "[^/]+")}$`));

/** Whether a request path is one of CACHEABLE_PAGES under a locale ("/da/offers/x"; a trailing slash aside). */
export function isCacheablePage(pathname: string): boolean {
  if (localeOfPath(pathname) === null) return false;
  const path = pathname.slice(3).replace(/\/$/, "") || "/";
  return CACHEABLE.some((pattern) => pattern.test(path));
}

/** A random nonce, base64 (128 bits, Web Crypto so it also runs wherever the proxy runs). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

const PERMISSIONS_OFF = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "midi",
  "magnetometer",
  "gyroscope",
  "accelerometer",
  "display-capture",
];

/** Headers for every response, page or API. HSTS only when the public URL is https. */
export function baseSecurityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS_OFF.map((p) => `${p}=()`).join(", "),
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** For responses with personal data: never stored by a browser or a shared cache. */
export const NO_STORE = "private, no-store";

/** The origin of an absolute URL ("https://portal.example"), or null when it is not one. */
export function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

export type OriginVerdict = "missing" | "same" | "foreign";

/**
 * Whether a state-changing request comes from our own pages. Browsers send `Origin` on every POST;
 * "null" (sandboxed frames, data: URLs) and any other site are foreign. Ours is the public URL or
 * the Host the request was sent to (as Next's own action check does). No Origin at all is a
 * non-browser client, which holds no victim's cookies: "missing", let through.
 */
export function checkOrigin(origin: string | null, own: { appUrl: string; host: string | null }): OriginVerdict {
  if (origin === null || origin === "") return "missing";
  const parsed = originOf(origin);
  if (!parsed) return "foreign";
  if (parsed === originOf(own.appUrl)) return "same";
  return own.host !== null && new URL(parsed).host === own.host.toLowerCase() ? "same" : "foreign";
}
