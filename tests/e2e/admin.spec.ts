// The administrator manages institutions and their officers, verifies host
// organisations and reads the audit log. Mutates only what it creates (an institution with a
// code made from the clock, its officer) and one seeded unverified host no other spec uses:
// Kustlinjen Energi AB (host-032, Göteborg).
import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signIn, signInAs, test } from "./fixtures";

const SHOTS = "test-results/screenshots";
const HOST = "Kustlinjen Energi AB";

async function shot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Six capital letters from the clock: a city code no other spec or seed row uses. */
function clockLetters(): string {
  let n = Date.now();
  let out = "";
  for (let i = 0; i < 6; i++) {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

test("the administrator creates an institution, adds an officer who signs in with the one-time password, then removes them", async ({ page, browser }) => {
  const letters = clockLetters();
  const code = `NL Q${letters}01`;
  const name = `Hogeschool E2E ${letters}`;
  const email = `officer.${letters.toLowerCase()}@e2e.example`;

  await signInAs(page, "ADMIN");
  await page.getByRole("link", { name: /Institutions and officers/ }).click();
  await expect(page).toHaveURL("/en/admin/institutions");
  await expect(page.getByRole("heading", { level: 1, name: "Institutions" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search institutions" }).fill("gent01");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=gent01/);
  await expect(page.getByRole("link", { name: "Ghent University" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/institutions");
  await shot(page, "admin-institutions");

  await page.getByRole("link", { name: "Add an institution" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add an institution" })).toBeVisible();
  await page.getByLabel("Name of the institution").fill(name);
  await page.getByLabel("Erasmus code").fill("Q-DELFT"); // not the shape
  await page.getByLabel("Country").selectOption("NL");
  await page.getByLabel("City").fill("Delft");
  await page.getByLabel("PIC (optional)").fill("12345");
  await page.getByRole("button", { name: "Create the institution" }).click();
  await expect(page.getByLabel("Erasmus code")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("An Erasmus code is a country prefix of 1–3 letters")).toBeVisible();
  await expect(page.getByText("A PIC (Participant Identification Code) has exactly 9 digits.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The code typed in lower case with the official double space is stored normalised.
  await page.getByLabel("Erasmus code").fill(`nl  q${letters.toLowerCase()}01`);
  await page.getByLabel("PIC (optional)").fill("");
  await page.getByLabel("OID (optional)").fill("e12345678");
  await page.getByRole("button", { name: "Create the institution" }).click();
  await expect(page).toHaveURL(/\/admin\/institutions\/[^/?]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("The institution was created.")).toBeVisible();
  await expect(page.locator("main").getByText(code, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("This institution has no officers yet.")).toBeVisible();
  const detailPath = new URL(page.url()).pathname;
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Eva Admintest");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("combobox", { name: "Language" }).selectOption("en");
  await page.getByRole("button", { name: "Add the officer" }).click();
  const passwordBox = page.getByTestId("one-time-password");
  await expect(passwordBox).toBeVisible();
  const password = (await passwordBox.textContent())!.trim();
  expect(password).toMatch(/^\S{4}-\S{4}-\S{4}-\S{4}$/);
  await expect(page.getByText("It is not stored anywhere and will not be shown again.")).toBeVisible();
  await expect(page.getByRole("table", { name: "International-office officers" }).getByRole("cell", { name: email })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "admin-institution-detail");

  // Shown once: the page itself never carries it again.
  await page.reload();
  await expect(page.getByTestId("one-time-password")).toHaveCount(0);
  await expect(page.getByText(password)).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en");
  // The first sign-in with the one-time password lands on "Choose your password", and nothing
  // else opens until it is done (another URL comes back here).
  await signIn(page, email, password);
  await expect(page).toHaveURL("/en/account/password");
  await expect(page.getByRole("heading", { level: 1, name: "Choose your password" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/office/placements");
  await expect(page).toHaveURL("/en/account/password");
  await page.goto("/admin/institutions");
  await expect(page).toHaveURL("/en/account/password");

  // A wrong current password is refused; then the dashboard opens.
  const ownPassword = "Eva's own passphrase 2026";
  await page.getByLabel("Current password").fill("not-the-one-time-password");
  await page.getByLabel("New password").fill(ownPassword);
  await page.getByLabel("Repeat the password").fill(ownPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("This is not your current password.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Current password").fill(password);
  await page.getByLabel("New password").fill(ownPassword);
  await page.getByLabel("Repeat the password").fill(ownPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL("/en/office");
  await expect(page.getByText(name).first()).toBeVisible();
  await expectNoAxeViolations(page);
  // An officer is no administrator.
  expect((await page.goto("/admin/institutions"))?.status()).toBe(403);

  await page.goto("/office");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en");
  await signIn(page, email, password);
  await expect(page.getByText("The e-mail address or password is not correct.")).toBeVisible();
  await expect(page).toHaveURL("/en/sign-in");
  await signIn(page, email, ownPassword);
  await expect(page).toHaveURL("/en/office");

  // Meanwhile, in the administrator's browser: remove the officer, after confirming.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAs(adminPage, "ADMIN");
  await adminPage.goto(detailPath);
  const officerRow = adminPage.getByRole("row", { name: new RegExp(email) });
  await officerRow.locator("summary").click();
  await expect(officerRow.locator("summary")).toHaveText("Remove Eva Admintest…");
  await expect(officerRow.getByText("Remove Eva Admintest? They can no longer sign in, from now on.")).toBeVisible();
  await expectNoAxeViolations(adminPage);
  await officerRow.getByRole("button", { name: "Yes, remove Eva Admintest" }).click();
  await expect(adminPage.getByText("The officer was removed and can no longer sign in.")).toBeVisible();
  await expect(adminPage.getByText("This institution has no officers yet.")).toBeVisible();
  await adminContext.close();

  // The officer's open session is refused on its very next request.
  await page.reload();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Foffice/);
});

test("the administrator verifies an unverified host, cannot verify an EU body, and finds host.verify in the audit log", async ({ page }) => {
  await signInAs(page, "ADMIN");
  await page.getByRole("link", { name: /Verify host organisations/ }).click();
  await expect(page).toHaveURL("/en/admin/hosts?verified=no");
  await expect(page.getByRole("heading", { level: 1, name: "Host organisations" })).toBeVisible();
  await expect(page.getByLabel("Verification")).toHaveValue("no");

  // EU bodies are shown as never eligible, without a verify control.
  await page.getByLabel("Type").selectOption("EU_INSTITUTION");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/type=EU_INSTITUTION/);
  const euRow = page.getByRole("row", { name: /European Education and Culture Executive Agency/ });
  await expect(euRow.getByText("Never eligible")).toBeVisible();
  await expect(euRow.getByText("cannot host Erasmus+ traineeships")).toBeVisible();
  await expect(euRow.getByText(/^Verify /)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("/admin/hosts?country=SE");
  await expect(page.getByLabel("Country")).toHaveValue("SE");
  const row = page.getByRole("row", { name: new RegExp(HOST) });
  await expect(row.getByText("Not verified")).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByText(`Verify ${HOST}…`).click();
  await expect(row.getByText(`Verify ${HOST}? Students and offices will see it as a verified organisation.`)).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole("button", { name: "Yes, verify" }).click();
  // The answer is announced by the page (the host may move down the list), on the same filters.
  await expect(page).toHaveURL(/\/en\/admin\/hosts\?country=SE&done=verified&host=/);
  await expect(page.getByRole("status").filter({ hasText: `${HOST} is verified: its offers can now be approved.` })).toBeVisible();
  await expect(page.getByTestId("host-verify-done")).toHaveAttribute("aria-live", "polite");
  await expect(page.getByLabel("Country")).toHaveValue("SE");
  await expect(row.getByText("Verified", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/admin/hosts");
  await shot(page, "admin-hosts");

  await page.goto("/admin");
  await expectNoAxeViolations(page);
  await shot(page, "admin-dashboard");
  await page.getByRole("link", { name: "Open the full audit log with filters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption("host.verify");
  await page.getByLabel("Item type").selectOption("HostOrganisation");
  await page.getByRole("searchbox", { name: "By (e-mail)" }).fill("admin@demo");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/verb=host.verify/);
  // The item is named, not shown as its id; the id stays in the details as a reference.
  const event = page
    .getByRole("listitem")
    .filter({ hasText: "host.verify" })
    .filter({ hasText: `Host organisation: ${HOST}` });
  await expect(event).toHaveCount(1);
  await event.getByText("host.verify").click();
  await expect(event.getByRole("heading", { name: "After" })).toBeVisible();
  await expect(event.locator("pre").last()).toContainText(`"legalName": "${HOST}"`);
  await expect(event.locator("pre").first()).toContainText('"verified": false');
  await expect(event.getByText("Reference: host-032")).toBeVisible();
  await expect(event.getByRole("link", { name: `All events of ${HOST}` })).toBeVisible();
  await expectNoAxeViolations(page);
  await shot(page, "admin-audit");

  // Today's events only: the date range keeps it.
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To (included)").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${today}&to=${today}`));
  await expect(page.getByRole("listitem").filter({ hasText: HOST })).toHaveCount(1);

  // Reversed dates: said next to the dates, both kept, and no list (not a silent "No events").
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To (included)").fill("2020-01-01");
  await page.getByRole("button", { name: "Filter" }).click();
  const reversed = "The “to” date is before the “from” date. Swap the dates to see events.";
  await expect(page.getByRole("alert").filter({ hasText: reversed })).toBeVisible();
  await expect(page.getByLabel("To (included)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("To (included)")).toHaveAccessibleDescription(reversed);
  await expect(page.getByLabel("From")).toHaveValue(today);
  await expect(page.getByLabel("To (included)")).toHaveValue("2020-01-01");
  await expect(page.getByText("No event matches these filters.")).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Events" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, "admin-audit-reversed-dates");

  // A bad link is explained, not a crash; the valid filters still apply.
  await page.goto("/admin/audit?verb=host.verify&from=yesterday&page=0");
  await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("Choose a real start date.");
  await expect(page.getByRole("alert").filter({ hasText: "not understood" })).toContainText("The page number must be a whole number from 1.");
  await expect(page.getByLabel("Action")).toHaveValue("host.verify");
  await expectNoAxeViolations(page);
});

test("a student is refused every admin page with a 403", async ({ page }) => {
  await signInAs(page, "STUDENT");
  for (const path of ["/admin/audit", "/admin/institutions", "/admin/institutions/new", "/admin/institutions/inst-b-gent01", "/admin/hosts"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});
