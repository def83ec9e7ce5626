import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// Mutates only four seeded Ghent placements: Robbe Janssens (approved), Giulia Rossi (refused,
// stays PROPOSED), Kato Willems (approved with an override) and Fien Maes (approved through the
// JSON API). Everything else is read only.

async function openReview(page: Page, name: string, query = "") {
  await page.goto(`/office/placements${query}`);
  await page.getByRole("link", { name: `Review ${name}'s placement` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Placement of ${name}` })).toBeVisible();
}

test("the officer approves a clean placement and sees the mobility record and the grant", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await page.goto("/office");
  // The dashboard's "to review" rows open the review page.
  await expect(page.getByRole("link", { name: "Robbe Janssens" })).toHaveAttribute("href", /\/office\/placements\/.+/);

  await page.goto("/office/placements");
  await expect(page.getByRole("heading", { level: 1, name: "Placement approvals" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("PROPOSED");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placements-queue.png", fullPage: true });

  await page.getByRole("link", { name: "Review Robbe Janssens's placement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Placement of Robbe Janssens" })).toBeVisible();
  await expect(page.getByText("Every rule passes: you can approve this placement.")).toBeVisible();
  await expect(page.locator("[data-testid=placement-checks] [data-ok=false]")).toHaveCount(0);
  await expect(page.getByTestId("dot-evidence")).toBeVisible();
  const estimate = (await page.locator("dt", { hasText: "Grant on approval" }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
  expect(estimate).toMatch(/€/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-review.png", fullPage: true });

  // Approving asks first, saying what will be written: the key action, the period, the grant.
  const period = (await page.locator("dt", { hasText: "Period" }).locator("xpath=following-sibling::dd[1]").innerText()).trim();
  await page.getByRole("button", { name: "Approve placement…" }).click();
  const confirm = page.getByRole("group", { name: /^Approve this placement\? This is written to the mobility record/ });
  await expect(confirm).toBeVisible();
  await expect(confirm.locator("dt", { hasText: "Key action" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^KA131 · 20\d\d$/);
  await expect(confirm.locator("dt", { hasText: "Mobility period" }).locator("xpath=following-sibling::dd[1]")).toHaveText(period);
  await expect(confirm.locator("dt", { hasText: "Duration" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d+ days$/);
  await expect(confirm.locator("dt", { hasText: "Grant" }).locator("xpath=following-sibling::dd[1]")).toHaveText(estimate);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-approve-confirm.png", fullPage: true });
  // Cancelling writes nothing.
  await page.getByRole("button", { name: "Cancel" }).first().click();
  await expect(confirm).toHaveCount(0);
  const id = page.url().split("/").pop()!;
  expect((await (await page.request.get(`/api/v1/placements/${id}`)).json()).status).toBe("PROPOSED");

  await page.getByRole("button", { name: "Approve placement…" }).click();
  await page.getByRole("button", { name: "Yes, approve" }).click();
  // The page comes back with the answer in a polite status region.
  await expect(page).toHaveURL(/\?done=approved$/);
  const done = page.getByTestId("decision-done");
  await expect(done).toHaveText("Approved. The mobility record and the Learning Agreement draft are created; the participant and the host are told.");
  await expect(done).toHaveAttribute("aria-live", "polite");
  await expect(done).toHaveAttribute("role", "status");
  const record = page.getByTestId("mobility-record");
  await expect(record).toBeVisible();
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(record.getByText(/^2026-KA131-BGENT01-[0-9A-Z]{1,8}$/)).toBeVisible();
  await expect(record.getByText(/^20\d\d-1-BE01-KA131-HED-\d{9}$/)).toBeVisible();
  await expect(record.getByText("HE-SMT")).toBeVisible();
  await expect(record.locator("dt", { hasText: "Duration" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/^\d+ days$/);
  // The record's total is the grant the review page announced.
  await expect(page.getByTestId("grant-total")).toHaveText(estimate);
  await expect(page.getByTestId("grant-breakdown")).toContainText("Base grant (country group");
  await expect(record.getByRole("link", { name: "Open the Learning Agreement" })).toHaveAttribute("href", /\/placements\/.+\/learning-agreement$/);
  await expect(page.getByTestId("placement-history")).toContainText("Placement approved");
  await expect(page.getByRole("button", { name: "Approve placement" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-approved.png", fullPage: true });
});

test("approving a placement in an ineligible country is refused with the country reason", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await page.goto("/office/placements");
  // Filter the queue by host country through the GET form.
  await page.getByRole("combobox", { name: "Host country" }).selectOption("US");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/country=US/);
  await expect(page.getByRole("link", { name: "Review Giulia Rossi's placement" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Review Robbe Janssens's placement" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await openReview(page, "Giulia Rossi", "?country=US");
  await expect(page.locator("[data-testid=placement-checks] [data-check=country]")).toHaveAttribute("data-ok", "false");
  await expect(page.getByText(/One rule fails: this placement cannot be approved/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Approve placement…" }).click();
  await page.getByRole("button", { name: "Yes, approve" }).click();
  const refusal = page.getByTestId("refusal");
  await expect(page.getByText("Not approved: the server checked the rules again and some fail.", { exact: false })).toBeVisible();
  await expect(refusal).toContainText("Countries and action:");
  await expect(refusal).toContainText("Under KA131 the host country must be an EU Member State or associated third country; United States is not.");
  await expect(page.getByTestId("mobility-record")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-refused.png", fullPage: true });

  // The JSON API answers the same: every check on GET, a 409 naming the failing rule on approve.
  const id = page.url().split("/").pop()!;
  const view = await (await page.request.get(`/api/v1/placements/${id}`)).json();
  expect(view).toMatchObject({ status: "PROPOSED", approvable: false, hardChecksPass: false, record: null });
  expect(view.checks.find((c: { id: string }) => c.id === "country")).toMatchObject({ ok: false, code: "host-not-eligible" });
  const refused = await page.request.post(`/api/v1/placements/${id}/approve`, { data: {} });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.issues).toEqual([{ path: "checks.country", message: expect.stringContaining("US is not") }]);
  expect((await page.request.post(`/api/v1/placements/${id}/approve`, { data: { overrideCategories: ["typing"] } })).status()).toBe(400);
  expect((await page.request.post(`/api/v1/placements/${id}/reject`, { data: { reason: "short" } })).status()).toBe(400);

  // Rejecting asks for confirmation first, and a too-short reason is refused (nothing changes).
  await page.getByLabel("Reason for rejecting").fill("Too far");
  await page.getByRole("button", { name: "Reject placement…" }).click();
  await expect(page.getByText(/Reject this placement\? The participant and the host are told at once/)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Yes, reject" })).toHaveCount(0);
  await page.getByRole("button", { name: "Reject placement…" }).click();
  await page.getByRole("button", { name: "Yes, reject" }).click();
  await expect(page.getByText("Give a reason of 10 to 2,000 characters: the participant and the host will read it.")).toBeVisible();
  await expect(page.getByLabel("Reason for rejecting")).toHaveValue("Too far");
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByText("Waiting for approval").first()).toBeVisible();
});

test("the officer confirms the activities of a no-evidence placement and finds the override in its history", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await openReview(page, "Kato Willems");
  await expect(page.getByText(/Every hard rule passes, but the wording of the tasks shows no digital-skills activity/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve placement" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const justification = page.getByLabel("Justification");
  await page.getByRole("checkbox", { name: /Digital marketing/ }).check();
  await justification.fill("Host says so.");
  await expect(page.getByTestId("justification-count")).toHaveText("13 characters (at least 30)");
  // The confirmation names the failing check being overridden, the activities and the reason.
  await page.getByRole("button", { name: "Approve with these activities…" }).click();
  const confirm = page.getByRole("group", { name: /^Approve this placement\?/ });
  await expect(confirm).toContainText("Failed check you override");
  await expect(confirm).toContainText("Digital-skills activity: The tasks show no evidence of any digital-skills activity.");
  await expect(confirm.locator("dt", { hasText: "Activities you confirm" }).locator("xpath=following-sibling::dd[1]")).toHaveText("Digital marketing");
  await expect(confirm.locator("dt", { hasText: "Your justification" }).locator("xpath=following-sibling::dd[1]")).toHaveText("Host says so.");
  await expect(confirm.locator("dt", { hasText: "Grant" }).locator("xpath=following-sibling::dd[1]")).toHaveText(/€/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-override-confirm.png", fullPage: true });
  await page.getByRole("button", { name: "Yes, approve" }).click();
  await expect(page.getByText("Explain why in at least 30 characters.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Digital marketing/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-override.png", fullPage: true });

  const why = "The host's growth team plans social media campaigns and web analytics; confirmed by phone with the mentor.";
  await justification.fill(why);
  await expect(page.getByTestId("justification-count")).toHaveText(`${why.length} characters (at least 30)`);
  await page.getByRole("button", { name: "Approve with these activities…" }).click();
  await expect(confirm.locator("dt", { hasText: "Your justification" }).locator("xpath=following-sibling::dd[1]")).toHaveText(why);
  await page.getByRole("button", { name: "Yes, approve" }).click();
  await expect(page.getByTestId("decision-done")).toHaveText(/^Approved\./);

  const record = page.getByTestId("mobility-record");
  await expect(record).toBeVisible();
  await expect(record).toContainText("Activities confirmed by Griet Claeys: Digital marketing");
  await expect(record).toContainText(why);
  const history = page.getByTestId("placement-history");
  await expect(history).toContainText("Digital-skills activities confirmed by the officer");
  await expect(history).toContainText("Confirmed activities: Digital marketing");
  await expect(history).toContainText(why);
  await expect(history).toContainText("Griet Claeys");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/office-placement-overridden.png", fullPage: true });
});

test("an officer of another institution cannot see or act on Ghent's placements (page, action, API)", async ({ page, browser }) => {
  // A Ghent placement nobody decides in this spec: its id, read as Ghent's officer.
  const ghent = await browser.newContext();
  const ghentPage = await ghent.newPage();
  await signInAs(ghentPage, "OFFICE");
  await ghentPage.goto("/office/placements");
  const href = await ghentPage.getByRole("link", { name: "Review Arne Claes's placement" }).getAttribute("href");
  const ghentId = href!.split("/").pop()!;

  await signInAs(page, "OFFICE", "office.madrid@demo.dot-portal.eu");
  expect((await page.goto(`/office/placements/${ghentId}`))?.status()).toBe(404);

  expect((await page.request.get(`/api/v1/placements/${ghentId}`)).status()).toBe(404);
  expect((await page.request.post(`/api/v1/placements/${ghentId}/approve`, { data: {} })).status()).toBe(404);
  expect((await page.request.post(`/api/v1/placements/${ghentId}/reject`, { data: { reason: "Not ours to decide at all." } })).status()).toBe(404);
  expect((await page.request.post(`/api/v1/placements/${ghentId}/cancel`, { data: { reason: "Not ours to call off at all." } })).status()).toBe(404);
  const list = await (await page.request.get("/api/v1/placements?status=ALL")).json();
  expect(list.items.map((i: { id: string }) => i.id)).not.toContain(ghentId);
  expect((await page.request.get("/api/v1/placements?status=DONE")).status()).toBe(400);

  // The server action: Madrid's own review form, its placement id swapped for Ghent's.
  await page.goto("/office/placements");
  await expectNoAxeViolations(page);
  await page
    .getByRole("link", { name: /^Review / })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Placement of / })).toBeVisible();
  const madridId = page.url().split("/").pop()!;
  // The decision panel's first form (approve); the format form above it has its own test below.
  const form = page
    .locator("form", { has: page.locator("input[name=placementId]") })
    .filter({ hasNot: page.getByRole("button", { name: "Save format" }) })
    .first();
  // Open the confirmation first: React re-renders the form then and would restore the hidden value.
  await form.getByRole("button").last().click();
  await form.locator("input[name=placementId]").evaluate((input, id) => ((input as HTMLInputElement).value = id), ghentId);
  await expect(form.locator("input[name=placementId]")).toHaveValue(ghentId);
  await form.getByRole("button", { name: "Yes, approve" }).click();
  await expect(page.getByText("This item does not exist.")).toBeVisible();
  await expectNoAxeViolations(page);

  // The format form too (docs/domain.md §3a): Ghent's id in Madrid's form changes nothing.
  await page.reload();
  const formatForm = page.locator("form", { has: page.getByRole("button", { name: "Save format" }) });
  await formatForm.locator("input[name=placementId]").evaluate((input, id) => ((input as HTMLInputElement).value = id), ghentId);
  await formatForm.getByRole("button", { name: "Save format" }).click();
  await expect(formatForm.getByText("This item does not exist.")).toBeVisible();

  // Nothing changed on either side.
  expect((await (await page.request.get(`/api/v1/placements/${madridId}`)).json()).status).toBe("PROPOSED");
  const ghentView = await (await ghentPage.request.get(`/api/v1/placements/${ghentId}`)).json();
  expect(ghentView).toMatchObject({ status: "PROPOSED", record: null });
  await ghent.close();
});

test("the JSON API approves with the same service: the record once, the same answer again, and the page agrees", async ({ page }) => {
  await signInAs(page, "OFFICE");
  await page.goto("/office/placements");
  const href = await page.getByRole("link", { name: "Review Fien Maes's placement" }).getAttribute("href");
  const id = href!.split("/").pop()!;

  const first = await page.request.post(`/api/v1/placements/${id}/approve`, { data: {} });
  expect(first.status()).toBe(200);
  const approved = await first.json();
  expect(approved).toMatchObject({ status: "APPROVED", alreadyApproved: false });
  expect(approved.record).toMatchObject({ activityType: "HE-SMT", digitalSkills: true, grant: { currency: "EUR" } });
  expect(approved.record.mobilityId).toMatch(/^2026-KA131-BGENT01-/);
  expect(approved.record.grant.totalCents).toBeGreaterThan(0);

  // Approving again is answered with the same record, not a second one.
  const again = await (await page.request.post(`/api/v1/placements/${id}/approve`, { data: {} })).json();
  expect(again).toMatchObject({ status: "APPROVED", alreadyApproved: true, record: { mobilityId: approved.record.mobilityId } });

  // The review page shows the record the API created, with the same grant.
  await page.goto(href!);
  await expect(page.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(approved.record.mobilityId)).toBeVisible();
  const total = new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(approved.record.grant.totalCents / 100);
  await expect(page.getByText(total).first()).toBeVisible();
  await expectNoAxeViolations(page);
});
