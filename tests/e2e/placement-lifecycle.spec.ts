import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, linkFromOutbox, signInAs, test } from "./fixtures";

// Seeded for this spec only (prisma/seed/data/scenarios.ts): Jonas Peeters and Amira El Amrani,
// both of Ghent University, applied to Kanaal Software's one-place offer "Stage Online Marketing"
// (offer-0054, at least 3 months). The demo company, the Ghent officer and the dev outbox do the rest.
const OFFER = "offer-0054";
const OFFICE_EMAIL = "office@demo.dot-portal.eu";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (start: string, days: number) => iso(new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000));
const plusMonthsMinusOneDay = (start: string, months: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() - 1);
  return iso(d);
};

/**
 * Opens the newest mail to `to` with this subject and returns its link to `path`/<id>, which
 * carries the recipient's language: Dutch for the Ghent officer and students.
 */
async function mailLink(page: Page, to: string, subject: string, path: string) {
  await linkFromOutbox(page, to, subject, path);
  const text = (await page.locator("pre").first().textContent()) ?? "";
  const link = new RegExp(`https?://[^/\\s]+(/nl${path}/[^\\s?#]+)`).exec(text)?.[1];
  expect(link, `a Dutch ${path}/… link in the mail`).toBeTruthy();
  return link!;
}

/** The officer's mail link, read in English. */
const officeLink = async (page: Page, subject: string) => (await mailLink(page, OFFICE_EMAIL, subject, "/office/placements")).replace(/^\/nl\//, "/en/");

async function session(browser: Browser, role: "COMPANY" | "OFFICE"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, role);
  return page;
}

async function openApplication(page: Page, name: string) {
  await page.goto(`/company/offers/${OFFER}/applicants`);
  await page.getByRole("link", { name: `Open ${name}'s application` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** The host accepts a 20-day period: warned while typing, refused until "accept anyway" is ticked. */
async function acceptTooShort(page: Page, name: string, screenshot?: string) {
  await openApplication(page, name);
  const start = await page.locator("#accept-start").inputValue();
  await page.locator("#accept-end").fill(plusDays(start, 19));
  const warnings = page.getByTestId("accept-warnings");
  await expect(warnings).toContainText("The international office will probably refuse this period");
  await expect(warnings).toContainText("The placement lasts 20 days; at least 60 are required.");
  await expect(warnings).toContainText("Your offer asks for at least 3 months.");
  await expectNoAxeViolations(page);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("This period breaks a rule the office checks. Tick “Accept anyway” to go ahead, or change the dates.")).toBeVisible();
  await page.getByLabel("Accept anyway: I have read these warnings").check();
  await page.getByRole("button", { name: "Accept", exact: true }).click();
  await expect(page.getByText("Waiting for approval")).toBeVisible();
  await expectNoAxeViolations(page);
  return start;
}

/** The officer opens the placement from the mail the host's step sent, and rejects it. */
async function officeRejects(office: Page, subject: string) {
  await office.goto(await officeLink(office, subject));
  await expect(office.getByText(/fails?: this placement cannot be approved as it is/).first()).toBeVisible();
  await expectNoAxeViolations(office);
  await office.getByLabel("Reason for rejecting").fill("Twenty days is below the Erasmus+ minimum of 60 days.");
  await office.getByRole("button", { name: "Reject placement…" }).click();
  await office.getByRole("button", { name: "Yes, reject" }).click();
  await expect(office).toHaveURL(/\?done=rejected$/);
  await expect(office.getByText("The host may propose corrected dates or release the place.")).toBeVisible();
  await expectNoAxeViolations(office);
}

test("a refused placement has a way back: release the place, accept another, correct the dates, approve", async ({ browser }) => {
  test.setTimeout(180_000);
  const host = await session(browser, "COMPANY");
  const office = await session(browser, "OFFICE");

  // 1. Jonas: accepted for 20 days despite the warning, refused, and the host releases the place.
  await acceptTooShort(host, "Jonas Peeters", "test-results/screenshots/placement-accept-warning.png");
  await officeRejects(office, "Nieuwe stage te beoordelen: Jonas Peeters");
  await host.reload();
  const refused = host.getByTestId("office-rejected");
  await expect(refused).toContainText("Rejected by the office");
  await expect(refused).toContainText("Twenty days is below the Erasmus+ minimum of 60 days.");
  await expect(refused).toContainText("You may propose corrected dates, or release the place");
  await expectNoAxeViolations(host);
  await host.screenshot({ path: "test-results/screenshots/placement-host-after-rejection.png", fullPage: true });
  await host.getByLabel("Reason", { exact: true }).fill("We cannot offer three months this spring after all, sorry.");
  host.once("dialog", (dialog) => dialog.accept());
  await host.getByRole("button", { name: "Release the place" }).click();
  await expect(host).toHaveURL(/\?step=release$/);
  await expect(host.getByTestId("step-done")).toHaveText("The place is released; the student has been told.");
  await expect(host.getByText("Not selected", { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(host);
  // Jonas is told, in his language, with the link to his application.
  await mailLink(host, "jonas.peeters@ugent.example", "Kanaal Software B.V. heeft je plaats voor", "/student/applications");

  // 2. The place is free again: Amira is accepted (too short as well), refused, and the host corrects the dates.
  await host.goto(`/company/offers/${OFFER}/applicants`);
  await expect(host.getByText("0 of 1 places filled")).toBeVisible();
  const start = await acceptTooShort(host, "Amira El Amrani");
  await officeRejects(office, "Nieuwe stage te beoordelen: Amira El Amrani");
  await host.reload();
  await expect(host.getByTestId("office-rejected")).toBeVisible();
  await host.locator("#repropose-end").fill(plusMonthsMinusOneDay(start, 4));
  await expect(host.getByTestId("repropose-warnings")).not.toContainText("will probably refuse");
  await host.getByRole("button", { name: "Propose these dates" }).click();
  await expect(host).toHaveURL(/\?step=repropose$/);
  await expect(host.getByTestId("step-done")).toHaveText("The corrected dates are proposed to the international office.");
  await expect(host.getByText("Waiting for approval")).toBeVisible();
  await expect(host.getByTestId("earlier-proposals")).toContainText("Rejected");
  await expect(host.getByTestId("earlier-proposals")).toContainText("Twenty days is below the Erasmus+ minimum of 60 days.");
  await expectNoAxeViolations(host);
  await host.screenshot({ path: "test-results/screenshots/placement-host-corrected-dates.png", fullPage: true });

  // 3. The office approves the corrected dates; the refused proposal stays in the history.
  await office.goto(await officeLink(office, "Gecorrigeerde data te beoordelen: Amira El Amrani"));
  await expect(office.getByTestId("earlier-proposals")).toContainText("Rejected");
  await expect(office.getByTestId("placement-history")).toContainText("Host proposed corrected dates");
  await expectNoAxeViolations(office);
  await office.getByRole("button", { name: "Approve placement…" }).click();
  await office.getByRole("button", { name: "Yes, approve" }).click();
  await expect(office).toHaveURL(/\?done=approved$/);
  await expect(office.getByTestId("mobility-record")).toBeVisible();
  await expectNoAxeViolations(office);
  await office.screenshot({ path: "test-results/screenshots/placement-office-approved-after-correction.png", fullPage: true });

  await host.reload();
  await expect(host.getByText("Approved", { exact: true }).first()).toBeVisible();
  await host.goto(`/company/offers/${OFFER}/applicants`);
  await expect(host.getByText("1 of 1 places filled")).toBeVisible();
  await expectNoAxeViolations(host);
});
