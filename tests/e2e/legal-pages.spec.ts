// Issue 16 item 3: the privacy notice, the accessibility statement (with the axe results it rests
// on) and the terms for hosts, reached from every page's footer and from the registration form,
// in English and in another language, each page scanned by axe.
import { readFileSync } from "node:fs";
import { expect, expectNoAxeViolations, switchLanguage, test } from "./fixtures";

const de = JSON.parse(readFileSync("messages/de.json", "utf8")) as { legal: { privacy: { title: string }; hostTerms: { title: string } } };

test("a visitor reads the privacy notice, the accessibility statement and the terms for hosts from the footer", async ({ page }) => {
  await page.goto("/offers");
  const footer = page.getByRole("contentinfo");

  await footer.getByRole("link", { name: "Privacy notice" }).click();
  await expect(page).toHaveURL(/\/en\/privacy$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  // The controller and its address come from OPERATOR_NAME / OPERATOR_EMAIL (scripts/e2e.mjs).
  await expect(page.getByText("DOT Portal demonstration runs this portal")).toBeVisible();
  await expect(page.getByRole("link", { name: "privacy@dot-portal.example" }).first()).toHaveAttribute("href", "mailto:privacy@dot-portal.example");
  // The periods are the settings the retention job applies (RETENTION_CV_MONTHS defaults to 12).
  await expect(page.getByText("deleted 12 months after the offer closed")).toBeVisible();
  await expect(page.getByText("The deletion takes effect after 14 days")).toBeVisible();
  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Your rights" }).click();
  await expect(page).toHaveURL(/#rights$/);
  await page.getByRole("link", { name: "your account page" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in/); // the account page asks a visitor to sign in first
  await page.goBack();
  await expectNoAxeViolations(page);

  await footer.getByRole("link", { name: "Accessibility statement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expect(page.getByText("This portal is partially compliant")).toBeVisible();
  await expect(page.getByText(/scans of \d+ different pages found no violations/)).toBeVisible();
  await page.getByText(/Show the \d+ pages checked/).click();
  const table = page.getByRole("region", { name: "Results of the automated checks per page" });
  for (const route of ["/offers/[id]", "/privacy"]) {
    const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: route, exact: true }) });
    await expect(row.getByRole("cell").nth(1)).toHaveText(/^[1-9]\d*$/); // scans
    await expect(row.getByRole("cell").nth(2)).toHaveText("0"); // violations
  }
  await expectNoAxeViolations(page);

  await footer.getByRole("link", { name: "Terms for hosts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terms for host organisations" })).toBeVisible();
  await expect(page.getByText("EU institutions, bodies and agencies")).toBeVisible();
  await expectNoAxeViolations(page);

  await switchLanguage(page, "Deutsch");
  await expect(page).toHaveURL(/\/de\/host-terms$/);
  await expect(page.getByRole("heading", { level: 1, name: de.legal.hostTerms.title })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("contentinfo").getByRole("link", { name: de.legal.privacy.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: de.legal.privacy.title })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an organisation registering sees the terms for hosts and the privacy notice linked from the form", async ({ page }) => {
  await page.goto("/register?as=company");
  const form = page.getByRole("main");
  await form.getByRole("link", { name: "terms for hosts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terms for host organisations" })).toBeVisible();
  await page.goBack();
  await form.getByRole("link", { name: "privacy notice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
});
