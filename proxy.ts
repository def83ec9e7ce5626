import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES, TOO_LARGE_FLAG } from "@/lib/http/limits";
import { baseSecurityHeaders, buildCsp, checkOrigin, isCacheablePage, newNonce, NO_STORE, originOf } from "@/lib/security/headers";
import { env } from "@/lib/server/env";
import { localeOfPath, localisedPath, needsLocalePrefix, negotiateLocale } from "@/i18n/negotiate";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { log, REQUEST_ID_HEADER } from "@/lib/server/log";

// Runs before every page, server action and non-API route (the JSON API under /api/v1 is skipped:
// Next clones a proxied body into memory, and lib/server/api.ts streams its bodies with a cap and
// sets the same headers from lib/security/headers.ts).

const https = env.appUrl.startsWith("https:");
const staticHeaders = baseSecurityHeaders({ https });
const issuerOrigin = originOf(env.OIDC_ISSUER);
const dev = process.env.NODE_ENV === "development";
const formActionOrigins = issuerOrigin ? [issuerOrigin] : [];
const cachedPageCsp = buildCsp({ nonce: null, dev, formActionOrigins });
// A signed-in visitor carries next-auth's session cookie (whatever its prefix).
const SESSION_COOKIE = /(^|[_.-])session-token(\.\d+)?$/;
const ACTION_ID = /^[0-9a-f]{16,128}$/i;
// Routes that answer with a stricter CSP of their own (a mail's HTML under a sandbox): kept as is.
const OWN_CSP = /^\/[a-z]{2}\/dev\/outbox\/[^/]+\/html$/;
// next-intl reads the request's locale from this header where no page parameter gives it (actions).
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

function refuse(status: number, message: string, requestId: string, event: string, request: NextRequest): NextResponse {
  log("info", event, { requestId, method: request.method, path: request.nextUrl.pathname, status });
  return decorate(NextResponse.json({ error: { message: `${message} Reference: ${requestId}.`, issues: [] } }, { status }), requestId);
}

function decorate<R extends NextResponse>(response: R, requestId: string, csp?: string): R {
  for (const [name, value] of Object.entries(staticHeaders)) response.headers.set(name, value);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** A form post or server action that Next would answer with a 500: refused here with a 4xx instead. */
async function checkStateChange(request: NextRequest, requestId: string): Promise<NextResponse | null> {
  const own = { appUrl: env.appUrl, host: request.headers.get("host") };
  const origin = request.headers.get("origin");
  // An OpenID provider answering with response_mode=form_post posts the sign-in back from its origin.
  const fromIssuer = issuerOrigin !== null && origin === issuerOrigin && request.nextUrl.pathname.startsWith("/api/auth/callback/");
  if (!fromIssuer && checkOrigin(origin, own) === "foreign") {
    return refuse(403, "Cross-origin request refused: forms and actions only work from the portal's own pages.", requestId, "proxy.foreign-origin", request);
  }
  const actionId = request.headers.get("next-action");
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const isForm = type === "multipart/form-data" || type === "application/x-www-form-urlencoded";
  if (actionId === null && !isForm) return null;
  if (actionId !== null && !ACTION_ID.test(actionId)) return refuse(400, "Unknown action.", requestId, "proxy.bad-action", request);

  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared)) return refuse(411, "Send the form with a Content-Length.", requestId, "proxy.no-length", request);
  if (Number(declared) > ACTION_BODY_LIMIT_BYTES) {
    if (actionId !== null) return refuse(413, "The form is too large to send.", requestId, "proxy.too-large", request);
    // A form posted without JavaScript: back to its page, which shows the file-size message.
    log("info", "proxy.too-large", { requestId, method: request.method, path: request.nextUrl.pathname, status: 303 });
    const back = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, env.appUrl);
    back.searchParams.set(TOO_LARGE_FLAG, "1");
    return decorate(NextResponse.redirect(back, 303), requestId);
  }
  // Bodies React's decoder would choke on (a 500 inside Next): refused before they get there.
  try {
    if (type === "multipart/form-data") await request.formData();
    else if (actionId !== null && type === "text/plain") JSON.parse(await request.text());
  } catch {
    return refuse(400, "The form data could not be read.", requestId, "proxy.malformed-body", request);
  }
  return null;
}

export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const refused = await checkStateChange(request, requestId);
    if (refused) return refused;
  }
  const { pathname } = request.nextUrl;
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  if ((request.method === "GET" || request.method === "HEAD") && needsLocalePrefix(pathname)) {
    // "/" picks a language each time (307); any other old URL, e.g. a link in a sent e-mail, has
    // moved for good (301). Both depend on the visitor's cookie and browser language.
    const target = request.nextUrl.clone();
    target.pathname = localisedPath(negotiateLocale(chosen, request.headers.get("accept-language")), pathname, "");
    const response = decorate(NextResponse.redirect(target, pathname === "/" ? 307 : 301), requestId);
    response.headers.set("Vary", "Cookie, Accept-Language");
    return response;
  }
  // A cached page is the same HTML for everyone: no nonce to put in it (lib/security/headers.ts).
  const cacheable = isCacheablePage(pathname);
  const csp = cacheable ? cachedPageCsp : buildCsp({ nonce: newNonce(), dev, formActionOrigins });
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  if (!cacheable) requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set(LOCALE_HEADER, localeOfPath(pathname) ?? negotiateLocale(chosen, request.headers.get("accept-language")));
  const ownCsp = OWN_CSP.test(pathname);
  const response = decorate(NextResponse.next({ request: { headers: requestHeaders } }), requestId, ownCsp ? undefined : csp);
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) response.headers.set("Cache-Control", NO_STORE);
  return response;
}

export const config = {
  matcher: ["/((?!api/v1/|_next/static/|_next/image|favicon.ico).*)"],
};
