import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

test("a company filters its applicants, shortlists one, accepts another, and a PROPOSED placement appears", async ({ page }) => {
  await signInAs(page, "COMPANY");
  await page.goto("/company/offers/offer-0049/applicants");
  await expect(page.getByRole("heading", { level: 1, name: "Applicants" })).toBeVisible();
  await expect(page.getByText("0 of 1 places filled")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: /^Submitted \(1\)$/ }).click();
  await expect(page).toHaveURL(/status=SUBMITTED/);
  await page.getByRole("link", { name: "Open Giulia Rossi's application" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Giulia Rossi" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Shortlist" }).click();
  await expect(page.getByText("The applicant is on your shortlist.")).toBeVisible();

  await page.goto("/company/offers/offer-0049/applicants?status=SHORTLISTED");
  await expect(page.getByRole("link", { name: /^Shortlisted \(2\)$/ })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "Open Emil Nørgaard's application" }).click();
  await page.getByRole("button", { name: "Accept" }).click();
  // The decision is replaced by the proposed placement.
  await expect(page.getByRole("heading", { name: "Placement proposed to the international office" })).toBeVisible();
  await expect(page.getByText("Waiting for approval")).toBeVisible();
  await expect(page.getByText(/KA131 2026 ·/)).toBeVisible();
  await expectNoAxeViolations(page);

  // The only place is taken now: accepting Giulia is refused with the reason.
  await page.goto("/company/offers/offer-0049/applicants?status=SHORTLISTED");
  await page.getByRole("link", { name: "Open Giulia Rossi's application" }).click();
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("All places of this offer are filled: you cannot accept more applicants.")).toBeVisible();

  // Not selecting needs a reason and a confirmation.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Do not select" }).click();
  await expect(page.getByText("Give the applicant a reason (at least 10 characters).")).toBeVisible();
  await page.getByLabel("Reason for not selecting").fill("We chose a candidate who can start earlier. Thank you!");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Do not select" }).click();
  await expect(page.getByText("Reason given: We chose a candidate who can start earlier. Thank you!")).toBeVisible();
  await expect(page.getByText("Not selected", { exact: true })).toBeVisible();
});

test("another company cannot see these applicants or act on them", async ({ page }) => {
  await signInAs(page, "COMPANY", "company2@demo.dot-portal.eu");
  expect((await page.goto("/company/offers/offer-0049/applicants"))?.status()).toBe(404);
  expect((await page.goto("/company/applications/app-0012"))?.status()).toBe(404);
});
