// Institutional sign-in against a real OpenID Provider (tests/e2e/oidc/provider.mjs, started by
// playwright.config.ts). Its ID tokens carry only `sub`, so every sign-in here also proves the
// userinfo fallback; the login name picks the fixture account (see ACCOUNTS there).
import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { allowConsoleErrors, expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const PROVIDER = `http://127.0.0.1:${Number(process.env.E2E_OIDC_PORT ?? APP_PORT + 90)}`;
const SSO_BUTTON = "Sign in with Institutional login";

const SHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.beforeEach(async ({ page }) => {
  // The provider's development pages import a web font; the test machine is offline.
  // The aborted font request is logged on the provider's page, not the portal's.
  allowConsoleErrors(/net::ERR_FAILED @ https:\/\/fonts\.googleapis\.com\//);
  await page.route("https://fonts.googleapis.com/**", (route) => route.abort());
});

/** From /sign-in through the provider's login (any password) and, unless told, its consent page. */
async function ssoSignIn(page: Page, login: string, { consent = true } = {}) {
  await page.goto("/sign-in");
  const authorization = page.waitForRequest((r) => r.url().startsWith(`${PROVIDER}/auth?`));
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  // Every authorization request carries a nonce (checked in the ID token), state and PKCE.
  const params = new URL((await authorization).url()).searchParams;
  expect([params.get("nonce")?.length, params.get("state")?.length, params.get("code_challenge_method")]).toEqual([
    expect.any(Number),
    expect.any(Number),
    "S256",
  ]);
  await page.waitForURL((url) => url.origin === PROVIDER);
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  if (consent) await page.getByRole("button", { name: "Continue" }).click();
}

async function expectSignInMessage(page: Page, code: string, text: string | RegExp) {
  await page.waitForURL((url) => url.pathname === "/en/sign-in" && url.searchParams.get("error") === code);
  await expect(page.getByRole("alert").filter({ hasText: text })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, `sso-sign-in-${code}`);
}

test("an unverified e-mail, an officer's or the admin's address (any case) and a missing e-mail are refused with a clear message", async ({ page }) => {
  await ssoSignIn(page, "unverified-student");
  await expectSignInMessage(page, "sso-unverified", "Your institution has not confirmed that this e-mail address is yours");
  await page.context().clearCookies();
  await ssoSignIn(page, "ghent-officer");
  await expectSignInMessage(page, "sso-privileged", "ask the portal administrator to link your institutional login");
  await page.context().clearCookies();
  await ssoSignIn(page, "admin-case");
  await expectSignInMessage(page, "sso-privileged", "belongs to an international office or administrator account");
  await page.context().clearCookies();
  await ssoSignIn(page, "no-email");
  await expectSignInMessage(page, "sso-no-email", "did not share your e-mail address");
  // Nothing signed in.
  await page.goto("/student");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
});

test("the administrator maps ugent.be to Ghent University and links the Ghent officer's institutional login; the officer then signs in by sub", async ({
  page,
}) => {
  await signInAs(page, "ADMIN");
  await page.goto("/admin/institutions");
  await page.getByRole("searchbox", { name: "Search institutions" }).fill("gent01");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Ghent University" }).click();
  await expect(page.getByRole("heading", { name: "Institutional sign-in" })).toBeVisible();

  const domain = page.getByRole("textbox", { name: "Domain" });
  await domain.fill("not a domain");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByText("Enter a domain such as ugent.be")).toBeVisible();
  await domain.fill("UGent.be");
  await page.getByRole("button", { name: "Add domain" }).click();
  await expect(page.getByText("Domain added.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove domain ugent.be" })).toBeVisible();

  const officer = page.getByRole("combobox", { name: "Officer" });
  await officer.selectOption((await officer.locator("option", { hasText: "(office@demo.dot-portal.eu)" }).getAttribute("value")) ?? "");
  await expect(page.getByRole("textbox", { name: "Issuer" })).toHaveValue(PROVIDER);
  await page.getByRole("textbox", { name: "Subject (sub)" }).fill("ghent-officer");
  await page.getByRole("button", { name: "Link login" }).click();
  await expect(page.getByText("Institutional login linked.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "ghent-officer", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "sso-admin-institution");

  await page.context().clearCookies();
  await ssoSignIn(page, "ghent-officer");
  await page.waitForURL((url) => url.origin !== PROVIDER && url.pathname.startsWith("/en/office"));
});

test("a new, verified identity gets a student account with the institution of its home organisation", async ({ page }) => {
  await ssoSignIn(page, "newcomer");
  await page.waitForURL((url) => url.origin !== PROVIDER && url.pathname.startsWith("/en/student"));
  await page.goto("/student/profile");
  await expect(page.getByRole("combobox", { name: "Institution" }).locator("option:checked")).toHaveText(/Ghent University/);
  await expect(page.getByRole("textbox", { name: "First name(s)" })).toHaveValue("Sam");
});

test("a verified identity with an existing student's address is linked after the account's password, and sign-out ends the provider's session too", async ({
  page,
}) => {
  await ssoSignIn(page, "demo-student");
  await page.waitForURL((url) => url.pathname === "/en/sign-in/link");
  await expect(page.getByRole("heading", { name: "Link your institutional login" })).toBeVisible();
  await expect(page.getByText("student@demo.dot-portal.eu")).toBeVisible();
  await expectNoAxeViolations(page);

  const password = page.getByLabel("Password of your DOT Portal account");
  await password.fill("not the password");
  await page.getByRole("button", { name: "Link and sign in" }).click();
  await expect(page.getByText("This is not the password of the account.")).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "sso-link");
  await password.fill("DemoPass!2026");
  await page.getByRole("button", { name: "Link and sign in" }).click();
  // Linked: back through the provider (its session is open, no new login) and into the account.
  await page.waitForURL((url) => url.origin !== PROVIDER && url.pathname.startsWith("/en/student"));

  // Sign-out: locally, then at the provider (RP-initiated logout), then back on the portal.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.origin === PROVIDER && url.pathname === "/session/end");
  await page.getByRole("button", { name: "Yes, sign me out" }).click();
  await page.waitForURL(`http://127.0.0.1:${APP_PORT}/en`);
  await page.goto("/student");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  // The provider asks for a login again: its session ended too.
  await page.goto("/sign-in");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expect(page.locator("input[name=login]")).toBeVisible();
});

test("declining consent at the provider brings a clear message", async ({ page }) => {
  await ssoSignIn(page, "decliner", { consent: false });
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expectSignInMessage(page, "Callback", "declined to share your details");
});

test("a provider that cannot be reached brings a clear message, not an error page", async ({ page, request }) => {
  await request.get(`${PROVIDER}/__e2e/outage?ms=6000`);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: SSO_BUTTON }).click();
  await expectSignInMessage(page, "OAuthSignin", "The institutional login service cannot be reached right now.");
  // Back up for whatever runs next.
  await expect.poll(async () => (await request.get(`${PROVIDER}/.well-known/openid-configuration`).catch(() => null))?.status(), { timeout: 15_000 }).toBe(200);
});
