import { expect, expectNoAxeViolations, signInAs, switchLanguage, test } from "./fixtures";

test("a visitor switches to Dutch, then Danish, and the choice is remembered", async ({ page }) => {
  await page.goto("/");
  await switchLanguage(page, "Nederlands");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Remembered across pages (cookie).
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
  await expectNoAxeViolations(page);

  await switchLanguage(page, "dansk");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  await expectNoAxeViolations(page);

  const response = await page.goto("/findes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden blev ikke fundet" })).toBeVisible();
});

test("a signed-in officer sees the office dashboard in Danish", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await switchLanguage(page, "dansk");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expect(page.getByRole("heading", { level: 1, name: "Internationalt kontor" })).toBeVisible();
  await expectNoAxeViolations(page);
  // The choice is stored on the account (mail follows it): back to the Ghent officer's Dutch, as seeded.
  await switchLanguage(page, "Nederlands");
  await expect(page.getByRole("heading", { level: 1, name: "Internationaal bureau" })).toBeVisible();
});

test("every page has its language in the URL: old links redirect, the switcher keeps the page and query", async ({ page, request }) => {
  // An old link (e.g. in a mail sent before) moves for good to the visitor's language.
  const old = await request.get("/offers?q=python", { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers()["location"]).toMatch(/\/en\/offers\?q=python$/);
  // "/" picks a language on each visit: a temporary redirect.
  expect((await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "nl-BE,nl;q=0.9" } })).headers()["location"]).toMatch(/\/nl$/);
  expect((await request.get("/", { maxRedirects: 0 })).status()).toBe(307);

  await page.goto("/en/offers?q=python");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/offers$/);
  await expect(page.locator('link[rel="alternate"][hreflang="da"]')).toHaveAttribute("href", /\/da\/offers$/);
  await switchLanguage(page, "dansk");
  await expect(page).toHaveURL("/da/offers?q=python");
  await expect(page.locator("html")).toHaveAttribute("lang", "da");
  await expectNoAxeViolations(page);

  // An unknown language prefix is a page that does not exist, answered in the visitor's language.
  const unknown = await page.goto("/xx/offers");
  expect(unknown?.status()).toBe(404);
  await expect(page).toHaveURL("/da/xx/offers");
  await expect(page.getByRole("heading", { name: "Siden blev ikke fundet" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a browser set to Dutch gets Dutch pages before any choice", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL("/nl");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await context.close();
});
