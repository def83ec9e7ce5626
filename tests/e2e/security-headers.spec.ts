// Headers, Origin checks and body limits, each tried the way an attacker would: a page on another
// origin framing the officer's approve page, a foreign-Origin POST riding the session cookie (API
// and server action), a 50 MB JSON body, a 20 MB CV, a malformed action body. Read-only for the
// seed: every state-changing attempt here is refused before it reaches a service.
import type { Page } from "@playwright/test";
import { postOversized } from "@/scripts/oversized-post";
import { allowConsoleErrors, expect, expectNoAxeViolations, hydrated, signInAs, test } from "./fixtures";

const EVIL = "https://evil.example";
const CV_MESSAGE = "The CV is larger than 5 MB. Save it as a smaller PDF and try again.";
const TWENTY_MB_PDF = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(20 * 1024 * 1024, 0x20)]);

const BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function expectBaseHeaders(headers: Record<string, string>) {
  expect(headers).toMatchObject(BASE_HEADERS);
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\).*payment=\(\)/);
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  // The e2e server runs on http: no HSTS (lib/security/headers.ts sends it only for an https APP_URL).
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** CSP violations and console errors, collected from before the first script runs. */
async function watchCsp(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeFunction("reportCspViolation", (text: string) => problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  });
  return problems;
}

async function arneClaesPlacementId(page: Page): Promise<string> {
  await page.goto("/office/placements");
  const href = await page.getByRole("link", { name: "Review Arne Claes's placement" }).getAttribute("href");
  return href!.split("/").pop()!;
}

test("a dynamic page carries the CSP with a fresh nonce and the security headers; an API response the headers", async ({ page, request }) => {
  // /offers (a search) is rendered per request; the cached public pages are tested below.
  const first = await page.goto("/offers");
  const headers = first!.headers();
  expectBaseHeaders(headers);
  const csp = headers["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:"]) expect(csp).toContain(d);
  // Next put this request's nonce on its own scripts.
  const scriptNonces = await page.locator("script[nonce]").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  const second = (await page.goto("/offers"))!.headers()["content-security-policy"];
  expect(second).not.toBe(csp);

  const api = await request.get("/api/v1/activities");
  expect(api.status()).toBe(200);
  expectBaseHeaders(api.headers());
});

test("a cached public page carries the CSP without nonce (CACHEABLE_PAGES), and runs its islands without a CSP violation", async ({ page }) => {
  const problems = await watchCsp(page);
  for (const path of ["/", "/offers/offer-0007", "/stats", "/sign-in", "/register", "/forgot-password"]) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expectBaseHeaders(headers);
    const csp = headers["content-security-policy"]!;
    // The same HTML for everyone cannot carry a per-request nonce (docs/decisions/0007-csp-for-cached-pages.md).
    expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp, path).not.toMatch(/nonce-|strict-dynamic|unsafe-eval/);
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"])
      expect(csp, path).toContain(d);
    expect(await page.locator("script[nonce]").count(), path).toBe(0);
    // The header's island ran (it asked who is signed in): scripts work under this policy.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  }
  // Signed in, the offer page's personal panel comes from a server function under the same policy.
  await signInAs(page, "STUDENT");
  await page.goto("/offers/offer-0007");
  await expect(page.getByTestId("grant-estimate")).toBeVisible();
  expect(problems).toEqual([]);
});

test("no CSP violation or console error while a student signs in and opens the dashboard", async ({ page }) => {
  const problems = await watchCsp(page);
  await signInAs(page, "STUDENT");
  await page.waitForURL("**/student");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await hydrated(page, "a[href='/en/student/profile']");
  const dashboard = await page.goto("/student");
  // A signed-in page is personal: never stored.
  expect(dashboard!.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test("the officer's approve page cannot be framed by another origin", async ({ page }) => {
  await signInAs(page, "OFFICE");
  const id = await arneClaesPlacementId(page);
  const approvePage = await page.goto(`/office/placements/${id}`);
  expect(approvePage!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(approvePage!.headers()["x-frame-options"]).toBe("DENY");
  await expect(page.getByRole("button", { name: "Approve placement" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The attacker's page (another origin: a data: URL) frames it with the officer's cookies.
  // Chromium reports the refusal in the attacker's console: the outcome this test wants.
  allowConsoleErrors(/Refused to (frame|display)|frame-ancestors|X-Frame-Options/);
  const attacker = await page.context().newPage();
  await attacker.goto(`data:text/html,<iframe id="victim" src="${new URL(`/office/placements/${id}`, page.url())}" width="800" height="600"></iframe>`);
  await attacker.waitForTimeout(1500);
  const frame = attacker.frames().find((f) => f !== attacker.mainFrame());
  const framedText = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
  // Blocked: not the approve page, and not even the portal's sign-in page (what a framed page would
  // show otherwise, as the SameSite=Lax cookie stays home): nothing of the portal at all.
  expect(framedText).not.toContain("Approve placement");
  expect(framedText).not.toContain("DOT Portal");
  await attacker.close();
});

test("a foreign Origin is refused with 403 by the cookie-authenticated API and by server actions", async ({ page }) => {
  await signInAs(page, "OFFICE");
  const id = await arneClaesPlacementId(page);

  // The API: a cross-site POST riding the officer's cookie.
  const rejected = await page.request.post(`/api/v1/placements/${id}/reject`, {
    data: { reason: "Forged by another site, must never land." },
    headers: { Origin: EVIL },
  });
  expect(rejected.status()).toBe(403);
  expect((await rejected.json()).error.message).toMatch(/Cross-origin/);
  const list = await page.request.get(`/api/v1/placements/${id}`);
  expect((await list.json()).status).toBe("PROPOSED");
  // Personal data from the placements API is never cached.
  expect(list.headers()["cache-control"]).toBe("private, no-store");
  expect((await page.request.get("/api/v1/placements?status=ALL")).headers()["cache-control"]).toBe("private, no-store");
  // The same request from our own origin is not refused for its Origin (here: 400, the reason is too short).
  expect(
    (await page.request.post(`/api/v1/placements/${id}/reject`, { data: { reason: "short" }, headers: { Origin: new URL(page.url()).origin } })).status(),
  ).toBe(400);
  // JSON routes take JSON only.
  const form = await page.request.post(`/api/v1/placements/${id}/reject`, { form: { reason: "Sent as a form instead of JSON." } });
  expect(form.status()).toBe(415);

  // A server action: the officer's own request, captured in the browser (and stopped there), then
  // sent again as another site's page would send it with the officer's cookie.
  await page.goto(`/office/placements/${id}`);
  await hydrated(page, "textarea, button");
  const captured: { headers?: Record<string, string>; body?: Buffer } = {};
  // The test aborts the officer's own request on purpose: the browser logs the failed fetch.
  allowConsoleErrors(/net::ERR_FAILED|Failed to fetch|An unexpected response was received from the server/);
  await page.route(`**/office/placements/${id}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    captured.headers = await route.request().allHeaders();
    captured.body = route.request().postDataBuffer() ?? Buffer.alloc(0);
    await route.abort();
  });
  await page.getByRole("button", { name: "Approve placement…" }).click();
  await page.getByRole("button", { name: "Yes, approve" }).click();
  await expect.poll(() => captured.headers?.["next-action"]).toMatch(/^[0-9a-f]+$/);
  await page.unroute(`**/office/placements/${id}`);
  const replayHeaders = Object.fromEntries(
    Object.entries(captured.headers!).filter(([name]) => !name.startsWith(":") && !["cookie", "content-length", "host"].includes(name)),
  );
  const forged = await page.request.post(`/office/placements/${id}`, { headers: { ...replayHeaders, origin: EVIL }, data: captured.body });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.message).toMatch(/Cross-origin/);
  const nullOrigin = await page.request.post(`/office/placements/${id}`, { headers: { ...replayHeaders, origin: "null" }, data: captured.body });
  expect(nullOrigin.status()).toBe(403);
  expect((await (await page.request.get(`/api/v1/placements/${id}`)).json()).status).toBe("PROPOSED");
});

test("a malformed server-action body or action id gets a 4xx, not a 500", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await page.goto("/student/profile");
  await hydrated(page);
  // The real action id, from the browser's own request (stopped before it reaches the server).
  let actionId = "";
  // The test aborts the student's own request on purpose: the browser logs the failed fetch.
  allowConsoleErrors(/net::ERR_FAILED|Failed to fetch|An unexpected response was received from the server/);
  await page.route("**/student/profile", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    actionId = (await route.request().headerValue("next-action")) ?? "";
    await route.abort();
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect.poll(() => actionId).toMatch(/^[0-9a-f]+$/);
  await page.unroute("**/student/profile");

  const garbage = await page.request.post("/student/profile", {
    headers: { "next-action": actionId, "content-type": "multipart/form-data; boundary=----x" },
    data: Buffer.from("this is not multipart at all"),
  });
  expect(garbage.status()).toBeGreaterThanOrEqual(400);
  expect(garbage.status()).toBeLessThan(500);
  const text = await page.request.post("/student/profile", {
    headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
    data: "[{not json",
  });
  expect(text.status()).toBe(400);
  for (const id of ["not-an-action", "0".repeat(42)]) {
    const bad = await page.request.post("/student/profile", { headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8" }, data: "[]" });
    expect(bad.status(), id).toBeGreaterThanOrEqual(400);
    expect(bad.status(), id).toBeLessThan(500);
  }
});

test("a 50 MB JSON body is refused with 413 at once, never read whole (with a length or chunked)", async ({ baseURL }) => {
  // Node's own client: it reads the early 413 while the upload is still going, as curl does
  // (Playwright's request gives up with EPIPE when the server stops reading mid-upload).
  const url = new URL("/api/v1/checks/activities", baseURL);
  for (const chunked of [false, true]) {
    const answer = await postOversized(url, { size: 50 * 1024 * 1024, chunked });
    expect(answer.status, `chunked: ${chunked}`).toBe(413);
    expect(JSON.parse(answer.body).error.message).toContain("65536 bytes");
    expect(answer.ms, `chunked: ${chunked}`).toBeLessThan(2000);
  }
});

test("a 20 MB CV gets the form's size message: checked in the browser, and sent back without JavaScript", async ({ page, browser }) => {
  await signInAs(page, "STUDENT");
  await page.goto("/student/profile");
  await hydrated(page);
  let posted = false;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/student/profile")) posted = true;
  });
  await page.getByLabel(/^(Replace|Upload) your CV$/).setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: TWENTY_MB_PDF });
  // The browser names the file and its size as soon as it is chosen, and the form is not sent.
  const early = "“huge.pdf” is 20.0 MB, more than the limit of 5 MB.";
  await expect(page.getByText(early)).toBeVisible();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(early)).toBeVisible();
  expect(posted).toBe(false);

  // Without JavaScript the browser posts the 20 MB form: back to the page, with the same message.
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noJs.newPage();
  await plain.goto("/student/profile");
  await plain.getByLabel(/^(Replace|Upload) your CV$/).setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: TWENTY_MB_PDF });
  const [answer] = await Promise.all([
    plain.waitForResponse((r) => r.request().method() === "POST"),
    plain.getByRole("button", { name: "Save profile" }).click(),
  ]);
  expect(answer.status()).toBe(303);
  await plain.waitForURL("**/student/profile?tooLarge=1");
  await expect(plain.getByText(CV_MESSAGE)).toBeVisible();
  await noJs.close();
  // The same page with JavaScript shows the message the same way, and stays accessible.
  await page.goto("/student/profile?tooLarge=1");
  await expect(page.getByText(CV_MESSAGE)).toBeVisible();
  await expect(page.getByLabel(/^(Replace|Upload) your CV$/)).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});
