// The public pages are rendered once and cached (the same HTML for everyone); who is signed in is
// asked after load by small client islands (the header menu, the offer page's personal panel).
// Here: what each visitor sees, without layout shift, accessible, and a closed offer never stays
// open on its cached page.
import { expect, expectNoAxeViolations, publishOffer, signInAs, test } from "./fixtures";

// Seeded and stable (prisma/seed/plan): offer-0007 is always PUBLISHED; the demo student has not applied to it.
const OFFER = "offer-0007";
const OFFER_TITLE = "Cloud & DevOps Engineering Intern (AWS, Terraform)";

/** Layout shifts since the page started loading (the Lighthouse CLS measure, without user input). */
async function layoutShift(page: import("@playwright/test").Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test("a signed-out visitor gets the cached pages with the signed-out menu, no nonce CSP and no layout shift", async ({ page }) => {
  for (const path of ["/", `/offers/${OFFER}`, "/stats", "/sign-in", "/register", "/forgot-password"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The same HTML for everyone: a policy without nonce, and nothing that says "personal".
    const csp = response!.headers()["content-security-policy"]!;
    expect(csp, path).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
    expect(csp, path).not.toContain("nonce-");
    expect(response!.headers()["cache-control"] ?? "", path).not.toContain("private");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Sign in", exact: true }), path).toBeVisible();
    await expect(nav.getByRole("link", { name: "Create account" }), path).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
    expect(await layoutShift(page), path).toBeLessThan(0.01);
    await expectNoAxeViolations(page);
  }
  // The offer page: the sign-in panel, no personal parts.
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByRole("link", { name: "Sign in to apply" })).toBeVisible();
  await expect(page.getByTestId("offer-viewer")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByTestId("match-summary")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save offer" })).toHaveCount(0);
});

test("the second request for an offer page comes from the cache", async ({ request }) => {
  await request.get(`/offers/${OFFER}`);
  const again = await request.get(`/offers/${OFFER}`);
  expect(again.status()).toBe(200);
  expect(again.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("without JavaScript the offer page reads correctly, with the way to sign in and apply", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByRole("heading", { level: 1, name: OFFER_TITLE })).toBeVisible();
  await expect(page.getByTestId("dot-evidence")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to apply" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await context.close();
});

test("a signed-in student sees their menu, the match, the grant estimate, the apply form and the save button", async ({ page }) => {
  await signInAs(page, "STUDENT");
  await page.goto(`/offers/${OFFER}`);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Zoë Van den Broeck");
  await expect(nav.getByRole("link", { name: "My applications" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "My dashboard" })).toHaveAttribute("href", "/en/student");
  await expect(nav.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("match-summary").getByRole("heading", { name: "How this offer fits you" })).toBeVisible();
  await expect(page.getByTestId("grant-estimate")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Apply for this traineeship" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save offer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to apply" })).toHaveCount(0);
  await expect(page.getByTestId("offer-viewer")).toHaveAttribute("aria-busy", "false");
  await expectNoAxeViolations(page);
  // The session endpoint the islands ask: personal, never stored.
  const session = await page.request.get("/api/v1/session");
  expect(session.headers()["cache-control"]).toBe("private, no-store");
  expect((await session.json()).user).toMatchObject({ name: "Zoë Van den Broeck", role: "STUDENT", home: "/student" });
});

test("a signed-in company user sees their menu and no apply panel", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto(`/offers/${OFFER}`);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Signed in as Pieter de Graaf");
  await expect(page.getByTestId("offer-viewer")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("heading", { name: "Apply", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sign in to apply" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send my application" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save offer" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await (await page.request.get("/api/v1/session")).json()).user.role).toBe("COMPANY");
});

test("a signed-out visitor's session answer is null", async ({ request }) => {
  const session = await request.get("/api/v1/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({ user: null });
});

test("an edited, then closed offer is never shown stale: the next request has the change", async ({ page, browser }) => {
  await signInAs(page, "COMPANY");
  const id = await publishOffer(page, "Cache check trainee", "A traineeship that exists to show that a cached offer page follows its changes.");

  // A visitor reads it twice: the second answer is the cached page.
  const visitor = await browser.newContext();
  const read = async () => {
    const response = await visitor.request.get(`/offers/${id}`);
    return { status: response.status(), cache: response.headers()["x-nextjs-cache"], html: await response.text() };
  };
  expect((await read()).html).toContain("Cache check trainee");
  const cached = await read();
  expect(cached.cache).toMatch(/HIT|STALE/);

  // The host renames it: the very next request shows the new title.
  await page.getByLabel("Title").fill("Cache check trainee (renamed)");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("The offer is saved.")).toBeVisible();
  expect((await read()).html).toContain("Cache check trainee (renamed)");

  // The host closes it: the very next request says it is no longer there.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Close offer" }).click();
  await expect(page.getByText("The offer is closed: it no longer takes applications.")).toBeVisible();
  const closed = await read();
  expect(closed.status).toBe(404);
  expect(closed.html).not.toContain("Cache check trainee (renamed)");
  await visitor.close();
});

test("the icon, the web manifest and robots.txt are static files that every page links or crawlers read", async ({ page, request }) => {
  await page.goto("/en/offers");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const iconHref = await page.locator('link[rel="icon"]').first().getAttribute("href");
  const manifest = await request.get(manifestHref ?? "");
  expect(manifest.status()).toBe(200);
  expect(((await manifest.json()) as { short_name: string }).short_name).toBe("DOT Portal");
  const icon = await request.get(iconHref ?? "");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(await robots.text()).toContain("Disallow: /*/account");
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});
