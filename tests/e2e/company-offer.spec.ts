import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("a company writes an offer whose live DOT check goes from not qualifying to qualifying, and publishes it", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.getByRole("link", { name: "New offer" }).click();
  await expect(page).toHaveURL("/en/company/offers/new");
  await expectNoAxeViolations(page);

  const check = page.getByTestId("dot-live-check");
  await page.getByLabel("Title").fill("Data and web trainee");
  await page.getByLabel("Description").fill("Join our small team in Rotterdam and help our customers with their data.");
  await page.getByLabel("Tasks").fill("Type customer records into Excel.\nFile invoices and scan contracts.");
  await page.getByLabel("Software development").check();
  await expect(check.getByText("Does not qualify yet: no digital-skills activity found in the tasks.")).toBeVisible();
  await expect(check.getByText("Data entry and office tasks")).toBeVisible();
  await expect(check.getByText("Declared, no evidence found in the tasks:")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("Earliest start").fill("2027-03-01");
  await page.getByLabel("Latest end").fill("2027-12-31");
  await page.getByLabel("Application deadline").fill("2027-01-15");

  // Publishing refuses it on the server, with the reason next to the tasks; the draft is saved.
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText(/cannot be published: its tasks show no digital-skills activity/)).toBeVisible();
  await expect(page.getByLabel("Tasks")).toHaveAttribute("aria-invalid", "true");

  await page
    .getByLabel("Tasks")
    .fill("Type customer records into Excel.\nDevelop new features of our React web application in TypeScript.\nWrite automated tests for the REST API.");
  await expect(check.getByText("Qualifies as a digital-skills traineeship.")).toBeVisible();
  await expect(check.getByText("Software development")).toBeVisible();
  await expect(check.getByText("Declared, no evidence found in the tasks:")).toBeHidden();
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("The offer is published: students can find it now.")).toBeVisible();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/company");
  await expect(page.getByRole("link", { name: "Data and web trainee" }).first()).toBeVisible();
});

test("a company cannot publish an offer whose window cannot hold its minimum duration, fixes the dates and publishes", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto("/company/offers/new");
  await page.getByLabel("Title").fill("Web platform trainee");
  await page.getByLabel("Description").fill("Join our product team in Rotterdam and build the web platform our customers use.");
  await page.getByLabel("Tasks").fill("Develop new features of our React web application in TypeScript.\nWrite automated tests for the REST API.");
  await page.getByLabel("Software development").check();
  await page.getByLabel("Shortest duration (months)").fill("3");
  await page.getByLabel("Earliest start").fill("2027-03-01");
  await page.getByLabel("Latest end").fill("2027-04-01");
  await page.getByLabel("Application deadline").fill("2027-01-15");

  // While typing: the problem is shown next to the latest end, before anything is sent.
  const tooShort = /The shortest duration does not fit between the earliest start and the latest end/;
  const latestEnd = page.getByLabel("Latest end");
  await expect(latestEnd).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-latestEnd-error")).toContainText(tooShort);
  await expect(page.getByText("You can save this as a draft, but it cannot be published until the dates fit.")).toBeVisible();
  await expectNoAxeViolations(page);

  // Publishing anyway is refused on the server, next to the same field; nothing is published.
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("Please correct the fields marked below.")).toBeVisible();
  await expect(page).toHaveURL("/en/company/offers/new");
  await expect(page.locator("#field-latestEnd-error")).toContainText(tooShort);
  await expect(page.getByLabel("Latest end")).toHaveValue("2027-04-01");
  await expectNoAxeViolations(page);
  await page.locator("#field-latestEnd").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/offer-window-refused.png" });

  // Fixed: three months from 1 March end on 31 May.
  await page.getByLabel("Latest end").fill("2027-05-31");
  await expect(page.getByLabel("Latest end")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-latestEnd-error")).toBeEmpty();
  await page.getByRole("button", { name: "Save and publish" }).click();
  await expect(page.getByText("The offer is published: students can find it now.")).toBeVisible();
  await expect(page.getByText("Published", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("another company cannot open Kanaal Software's offer (404, as if it did not exist)", async ({ page }) => {
  await signInAs(page, "COMPANY", "company2@demo.dot-portal.eu");
  const response = await page.goto("/company/offers/offer-0043");
  expect(response?.status()).toBe(404);
});

test("a company is told in plain words what a draft lacks, sees it without applicants on the dashboard, and deletes it after confirming", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto("/company/offers/new");
  await page.getByLabel("Title").fill("Draft to delete");
  await expect(page.getByTestId("title-count")).toHaveText("15 of 160 characters");
  await expect(page.getByLabel("Title")).toHaveAttribute("maxlength", "160");
  await page.getByLabel("Description").fill("A role we are still thinking about, in our Rotterdam office.");
  await page.getByLabel("Tasks").fill("Develop new features of our React web application in TypeScript.");
  // Empty date pickers: "Choose a date.", not a format mask.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#field-earliestStart-error")).toHaveText("Choose a date.");
  await expect(page.locator("#field-applicationDeadline-error")).toHaveText("Choose a date.");
  await expect(page.getByText(/YYYY|ISO/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator("#field-earliestStart").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/offer-plain-errors.png" });

  await page.getByLabel("Earliest start").fill("2027-03-01");
  await page.getByLabel("Latest end").fill("2027-12-31");
  await page.getByLabel("Application deadline").fill("2027-01-15");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/en\/company\/offers\/[^/?]+\?saved=save$/);
  const offerUrl = new URL(page.url()).pathname;

  await page.goto("/company");
  const row = page.getByRole("row").filter({ hasText: "Draft to delete" });
  await expect(row.getByText("No applicants yet")).toBeVisible();
  await expect(row.getByText(/none · 0 new/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(offerUrl);
  await page.getByText("Delete this draft…").click();
  await expect(page.getByText("Delete the draft “Draft to delete” for good? This cannot be undone.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/offer-delete-draft.png" });
  await page.getByRole("button", { name: "Yes, delete the draft" }).click();
  await expect(page).toHaveURL("/en/company?deleted=1");
  await expect(page.getByRole("status").filter({ hasText: "The draft was deleted." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Draft to delete" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/company-draft-deleted.png", fullPage: true });
  expect((await page.goto(offerUrl))?.status()).toBe(404);

  // A published offer offers no delete, only close.
  await page.goto("/company");
  await page
    .getByRole("row")
    .filter({ has: page.getByText("Published", { exact: true }) })
    .first()
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("button", { name: "Close offer" })).toBeVisible();
  await expect(page.getByText("Delete this draft…")).toHaveCount(0);
});

test("a company writing its tasks in Polish is told so, sets the offer's language in one click and sees the Polish evidence", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto("/company/offers/new");
  await expect(page.getByLabel("Offer written in")).toHaveValue("en");
  await page
    .getByLabel("Tasks")
    .fill("Będziesz tworzyć aplikacje internetowe w naszym zespole.\nProgramowanie nowych funkcji w TypeScript oraz testy dla naszych klientów.");
  await expect(page.getByText("Language recognised in the tasks: Polish.")).toBeVisible();
  await expect(page.getByTestId("dot-live-check").getByText("Software development")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Use this language for the offer" }).click();
  await expect(page.getByLabel("Offer written in")).toHaveValue("pl");
  await expect(page.getByText("Language recognised in the tasks: Polish.")).toBeHidden();
});
