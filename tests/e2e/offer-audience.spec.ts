import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// docs/domain.md §3a: an offer says who it is for and gives a short range in days; the search
// has a facet for it (docs/decisions/0006, the audience example).
test("a company posts a 5–30 day offer for staff; a visitor finds it with the 'for staff' filter", async ({ page }) => {
  const title = "Job shadowing in our data engineering team";
  await signInAs(page, "COMPANY");
  await page.goto("/company/offers/new");
  await expect(page.getByLabel("Higher-education students and recent graduates")).toBeChecked();
  await expectNoAxeViolations(page);

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Staff of schools and universities spend a few weeks with our data engineers in Rotterdam.");
  await page.getByLabel("Tasks").fill("Develop data pipelines in Python with our engineers.\nBuild dashboards in Power BI for our customers.");
  await page.getByLabel("Software development").check();

  // Nobody ticked: refused next to the group boxes.
  await page.getByLabel("Higher-education students and recent graduates").uncheck();
  await page.getByLabel("Days (job shadowing, training courses, short-term traineeships)").check();
  await page.getByLabel("Shortest duration (days)").fill("5");
  await page.getByLabel("Longest duration (days)").fill("30");
  await page.getByLabel("Earliest start").fill("2027-03-01");
  await page.getByLabel("Latest end").fill("2027-06-30");
  await page.getByLabel("Application deadline").fill("2027-02-01");
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.locator("#field-for-error")).toContainText("Tick at least one group of participants the offer is for.");
  await expectNoAxeViolations(page);

  await page.getByLabel("Staff of any sector (higher education, VET, school, adult education)").check();
  await page.screenshot({ path: "test-results/screenshots/offer-editor-audience.png", fullPage: true });
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("The offer is published: students can find it now.")).toBeVisible();
  // The saved offer keeps its terms in the editor.
  await expect(page.getByLabel("Staff of any sector (higher education, VET, school, adult education)")).toBeChecked();
  await expect(page.getByLabel("Higher-education students and recent graduates")).not.toBeChecked();
  await expect(page.getByLabel("Shortest duration (days)")).toHaveValue("5");
  await expectNoAxeViolations(page);

  // A visitor (signed out) filters the search by "for staff".
  await page.context().clearCookies();
  await page.goto("/offers");
  await expectNoAxeViolations(page);
  await page.getByLabel("Who it is for").selectOption("staff");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]for=staff/);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText("For:Staff");
  await expect(card).toContainText("5–30 days");
  // Every card listed is for staff.
  const cards = page.getByRole("article");
  for (let i = 0; i < (await cards.count()); i++) await expect(cards.nth(i)).toContainText(/For:.*Staff/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/offers-for-staff.png", fullPage: true });

  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("5–30 days")).toBeVisible();
  await expectNoAxeViolations(page);
});
